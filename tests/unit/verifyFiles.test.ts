import { describe, expect, it } from 'vitest';
import { buildApiFiles } from '../../src/api/publish';
import { checkFileInTurn, filesAtOnce, summarizeChecks } from '../../src/features/data/verifyFiles';
import { sha256Hex } from '../../src/lib/sha256';
import type { Manifest } from '../../src/api/schemas';
import { samplePackage } from '../support/sample';

const files = await buildApiFiles(samplePackage.dataset, samplePackage.info);
const manifest = JSON.parse(files.get('manifest.json')!) as Manifest;
const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
/** Every file of the manifest checked, as the Data page checks them, in the manifest's order. */
const verifyManifest = (fetchBytes: (file: string) => Promise<ArrayBuffer>) =>
  Promise.all(manifest.files.map((entry) => checkFileInTurn(entry, fetchBytes)));

describe('in-browser verification', () => {
  it('computes the same SHA-256 as sha256sum', async () => {
    expect(await sha256Hex(bytesOf('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('accepts untouched files', async () => {
    const checks = await verifyManifest(async (file) => bytesOf(files.get(file)!));
    expect(summarizeChecks(checks)).toEqual({ total: manifest.files.length, mismatched: 0, unchecked: 0 });
  });

  it('reports a tampered file as a mismatch, and one it could not download as unchecked, never as a mismatch', async () => {
    const checks = await verifyManifest(async (file) => {
      if (file === 'meta.json') return bytesOf(files.get(file)!.replace('2026.2', '2026.3'));
      if (file === 'changelog.json') throw new Error('404');
      return bytesOf(files.get(file)!);
    });
    expect(checks.find((check) => check.file === 'meta.json')?.status).toBe('mismatch');
    expect(checks.find((check) => check.file === 'changelog.json')?.status).toBe('error');
    expect(summarizeChecks(checks)).toEqual({ total: manifest.files.length, mismatched: 1, unchecked: 1 });
  });
});

describe('verification downloads', () => {
  it(`fetches no more than ${filesAtOnce} files at a time, and checks every one`, async () => {
    let inFlight = 0;
    let most = 0;
    const checks = await verifyManifest(async (file) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      return bytesOf(files.get(file)!);
    });
    expect(manifest.files.length).toBeGreaterThan(filesAtOnce);
    expect(most).toBe(filesAtOnce);
    expect(checks.map((check) => check.file)).toEqual(manifest.files.map((entry) => entry.file));
    expect(summarizeChecks(checks)).toMatchObject({ mismatched: 0, unchecked: 0 });
  });
});
