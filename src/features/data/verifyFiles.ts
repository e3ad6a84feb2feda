import type { Manifest } from '../../api/schemas';
import { sha256Hex } from '../../lib/sha256';

export type FileCheck =
  | { file: string; status: 'match' }
  | { file: string; status: 'mismatch'; actual: string }
  | { file: string; status: 'error' };

export function canVerifyInBrowser(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle?.digest === 'function';
}

/** Fetches every file the manifest lists and compares its SHA-256 with the published one. */
export async function verifyManifest(
  manifest: Manifest,
  fetchBytes: (file: string) => Promise<ArrayBuffer>,
): Promise<FileCheck[]> {
  return Promise.all(
    manifest.files.map(async (entry): Promise<FileCheck> => {
      try {
        const actual = await sha256Hex(await fetchBytes(entry.file));
        return actual === entry.sha256
          ? { file: entry.file, status: 'match' }
          : { file: entry.file, status: 'mismatch', actual };
      } catch {
        return { file: entry.file, status: 'error' };
      }
    }),
  );
}

export function summarizeChecks(checks: FileCheck[]): { total: number; failed: number } {
  return { total: checks.length, failed: checks.filter((check) => check.status !== 'match').length };
}
