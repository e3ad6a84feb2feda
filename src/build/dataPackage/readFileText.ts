import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { lineAt } from './jsonText';

export type FileText =
  | { ok: true; text: string; bytes: number; sha256: string }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'encoding'; line: number };

/** A package file as UTF-8 text, without a byte-order mark; other encodings are refused with the line. */
export async function readFileText(file: string): Promise<FileText> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, bytes: bytes.byteLength, sha256 };
  } catch {
    // The longest prefix that is valid UTF-8 (an incomplete last character allowed) ends at the bad byte.
    const decodes = (size: number) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, size), { stream: true });
        return true;
      } catch {
        return false;
      }
    };
    let low = 0;
    let high = bytes.byteLength;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (decodes(middle)) low = middle;
      else high = middle - 1;
    }
    const end = low;
    const valid = new TextDecoder('utf-8').decode(bytes.subarray(0, end));
    return { ok: false, reason: 'encoding', line: lineAt(valid, valid.length).line };
  }
}
