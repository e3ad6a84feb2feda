// @vitest-environment node
import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keygen, PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from '../../src/build/cli/keygen';
import { releaseData } from '../../src/build/cli/releaseData';
import { publicKeyFingerprint } from '../../src/build/signing';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sampleDir = path.join(root, 'mocks/sample');
const minimalDir = path.join(root, 'tests/fixtures/packages/minimal');

let tmp: string;
let printed: string[];
let errors: string[];

beforeEach(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'drd-release-cli-'));
  printed = [];
  errors = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(tmp, { recursive: true, force: true });
});

/** A copy of the bundled sample, which records 2025.1 and 2025.3 but not its own 2026.2. */
async function samplePackage(): Promise<string> {
  const dir = path.join(tmp, 'package');
  await cp(sampleDir, dir, { recursive: true });
  return dir;
}

interface RecordedEntry {
  dataVersion: string;
  released: string;
  manifestSha256: string;
}
const recordOf = async (dir: string) =>
  (JSON.parse(await readFile(path.join(dir, 'versions.json'), 'utf8')) as { versions: RecordedEntry[] }).versions;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('npm run release-data', () => {
  it('writes versions/<version>/ with a manifest.json whose SHA-256 is the one it records in versions.json', async () => {
    const dir = await samplePackage();
    expect(await releaseData([dir])).toBe(0);

    const folder = path.join(dir, 'versions/2026.2');
    const manifest = await readFile(path.join(folder, 'manifest.json'));
    const record = await recordOf(dir);
    expect(record).toEqual([
      { dataVersion: '2026.2', released: '2026-02-15', manifestSha256: sha256(manifest) },
      expect.objectContaining({ dataVersion: '2025.3' }),
      expect.objectContaining({ dataVersion: '2025.1' }),
    ]);
    // Every file the manifest lists is in the folder, with the digest the manifest gives it.
    const listed = (JSON.parse(manifest.toString('utf8')) as { files: { file: string; sha256: string }[] }).files;
    for (const entry of listed)
      expect(sha256(await readFile(path.join(folder, entry.file))), entry.file).toBe(entry.sha256);
    expect(printed.join('\n')).toContain(sha256(manifest));
  });

  it('does nothing, successfully, when the version is recorded already with the same files', async () => {
    const dir = await samplePackage();
    expect(await releaseData([dir])).toBe(0);
    const record = await readFile(path.join(dir, 'versions.json'), 'utf8');
    const files = await readdir(path.join(dir, 'versions/2026.2'));

    printed.length = 0;
    expect(await releaseData([dir])).toBe(0);
    expect(printed.join('\n')).toContain('recorded already');
    expect(await readFile(path.join(dir, 'versions.json'), 'utf8')).toBe(record);
    expect(await readdir(path.join(dir, 'versions/2026.2'))).toEqual(files);
  });

  it('records the version of the package named with --from into the package’s history', async () => {
    const dir = await samplePackage();
    expect(await releaseData([dir, '--from', minimalDir])).toBe(0);

    const record = await recordOf(dir);
    expect(record.map((version) => version.dataVersion)).toEqual(['2026.1', '2025.3', '2025.1']);
    const manifest = await readFile(path.join(dir, 'versions/2026.1/manifest.json'));
    expect(record[0]).toEqual({ dataVersion: '2026.1', released: '2026-02-10', manifestSha256: sha256(manifest) });
    // The package's own data is not recorded by it.
    expect(existsSync(path.join(dir, 'versions/2026.2'))).toBe(false);
  });

  it('records the latest that a published versions.json lists as not yet recorded', async () => {
    const dir = await samplePackage();
    const record = await recordOf(dir);
    const listed = [{ dataVersion: '2026.2', released: '2026-02-15', manifestSha256: '0'.repeat(64), recorded: false }];
    await writeFile(path.join(dir, 'versions.json'), JSON.stringify({ versions: [...listed, ...record] }));
    expect(await releaseData([dir])).toBe(0);
    const after = await recordOf(dir);
    expect(after.map((entry) => entry.dataVersion)).toEqual(['2026.2', '2025.3', '2025.1']);
    const manifest = await readFile(path.join(dir, 'versions/2026.2/manifest.json'));
    expect(after[0]!.manifestSha256).toBe(sha256(manifest));
    expect(after[0]).not.toHaveProperty('recorded');
  });

  it('with no folder and no DATA_DIR, prints its usage and returns 2', async () => {
    vi.stubEnv('DATA_DIR', '');
    expect(await releaseData([])).toBe(2);
    expect(errors.join('\n')).toContain('Usage: npm run release-data');
  });

  it('records nothing, and returns 1, for a package with errors', async () => {
    const dir = await samplePackage();
    const recordBefore = await readFile(path.join(dir, 'versions.json'), 'utf8');
    await writeFile(path.join(dir, 'meta.json'), '{ "organisation": ');

    expect(await releaseData([dir])).toBe(1);
    expect(errors.join('\n')).toContain('meta.json');
    expect(errors.join('\n')).toContain('Nothing was recorded');
    expect(await readFile(path.join(dir, 'versions.json'), 'utf8')).toBe(recordBefore);
    expect((await readdir(path.join(dir, 'versions'))).sort()).toEqual(['2025.1', '2025.3']);
  });
});

describe('npm run keygen', () => {
  it('writes a private key only its owner can read and the public key, and prints the public key’s fingerprint', async () => {
    const dir = path.join(tmp, 'keys');
    expect(await keygen([dir])).toBe(0);

    const privateFile = path.join(dir, PRIVATE_KEY_FILE);
    const publicFile = path.join(dir, PUBLIC_KEY_FILE);
    expect(PRIVATE_KEY_FILE).toBe('signing-key.private.pem');
    expect(PUBLIC_KEY_FILE).toBe('signing-key.pem');
    expect((await stat(privateFile)).mode & 0o777).toBe(0o600);

    const publicPem = await readFile(publicFile, 'utf8');
    expect(printed.join('\n')).toContain(`Fingerprint: ${publicKeyFingerprint(publicPem)}`);
    expect(createPrivateKey(await readFile(privateFile, 'utf8')).asymmetricKeyType).toBe('ed25519');
  });

  it('makes a pair: what the private key signs, the public key verifies', async () => {
    expect(await keygen([tmp])).toBe(0);
    const privateKey = createPrivateKey(await readFile(path.join(tmp, PRIVATE_KEY_FILE), 'utf8'));
    const publicKey = createPublicKey(await readFile(path.join(tmp, PUBLIC_KEY_FILE), 'utf8'));
    const data = Buffer.from('{"dataVersion":"2026.2"}\n');
    const signature = sign(null, data, privateKey);
    expect(verify(null, data, publicKey, signature)).toBe(true);
    expect(verify(null, Buffer.from('{"dataVersion":"2026.3"}\n'), publicKey, signature)).toBe(false);
  });

  it('never replaces a key: a second run in the same folder returns 1 and leaves both files as they were', async () => {
    expect(await keygen([tmp])).toBe(0);
    const privateBefore = await readFile(path.join(tmp, PRIVATE_KEY_FILE), 'utf8');
    const publicBefore = await readFile(path.join(tmp, PUBLIC_KEY_FILE), 'utf8');

    expect(await keygen([tmp])).toBe(1);
    expect(errors.join('\n')).toContain('exists already');
    expect(await readFile(path.join(tmp, PRIVATE_KEY_FILE), 'utf8')).toBe(privateBefore);
    expect(await readFile(path.join(tmp, PUBLIC_KEY_FILE), 'utf8')).toBe(publicBefore);
  });

  it('refuses too when only the public key is there', async () => {
    await writeFile(path.join(tmp, PUBLIC_KEY_FILE), 'someone else’s key\n');
    expect(await keygen([tmp])).toBe(1);
    expect(existsSync(path.join(tmp, PRIVATE_KEY_FILE))).toBe(false);
    expect(await readFile(path.join(tmp, PUBLIC_KEY_FILE), 'utf8')).toBe('someone else’s key\n');
  });
});
