import pLimit from 'p-limit';
import type { Manifest } from '../../api/schemas';
import { sha256Hex } from '../../lib/sha256';

export type FileCheck =
  | { file: string; status: 'match' }
  | { file: string; status: 'mismatch'; actual: string }
  | { file: string; status: 'error' };

export function canVerifyInBrowser(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle?.digest === 'function';
}

/**
 * How many files are fetched at a time. Starting all of them at once (24 for the sample) was one
 * task of about 30 ms, 120 ms under Lighthouse's 4× CPU slowdown; a browser fetches no more than
 * six at a time from one HTTP/1.1 host anyway.
 */
export const filesAtOnce = 4;

type Entry = Manifest['files'][number];
type FetchBytes = (file: string) => Promise<ArrayBuffer>;

/** Fetches one file the manifest lists and compares its SHA-256 with the published one. */
export async function checkFile(entry: Entry, fetchBytes: FetchBytes): Promise<FileCheck> {
  try {
    const actual = await sha256Hex(await fetchBytes(entry.file));
    return actual === entry.sha256
      ? { file: entry.file, status: 'match' }
      : { file: entry.file, status: 'mismatch', actual };
  } catch {
    return { file: entry.file, status: 'error' };
  }
}

/** Every check on the page downloads through this one pool. */
const downloads = pLimit(filesAtOnce);

/** checkFile, once fewer than `filesAtOnce` other checks are downloading. */
export function checkFileInTurn(entry: Entry, fetchBytes: FetchBytes): Promise<FileCheck> {
  return downloads(checkFile, entry, fetchBytes);
}

/**
 * A file whose digest differs from the manifest's (`mismatched`) is a warning about the data; a file that
 * could not be downloaded (`unchecked`) says nothing about it, and is never counted as a mismatch.
 */
export function summarizeChecks(checks: FileCheck[]): { total: number; mismatched: number; unchecked: number } {
  return {
    total: checks.length,
    mismatched: checks.filter((check) => check.status === 'mismatch').length,
    unchecked: checks.filter((check) => check.status === 'error').length,
  };
}
