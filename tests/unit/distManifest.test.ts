import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifest as manifestSchema } from '../../src/api/schemas';

const apiDir = path.resolve('dist/api/v1');

describe('the published manifest in dist/', () => {
  it('lists the SHA-256 of the exact bytes written to dist/api/v1', async () => {
    expect(existsSync(apiDir), 'dist/ is missing: run `npm run build` before the unit tests').toBe(true);
    const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(apiDir, 'manifest.json'), 'utf8')));
    expect(manifest.files.length).toBeGreaterThanOrEqual(15);
    for (const entry of manifest.files) {
      const bytes = await readFile(path.join(apiDir, entry.file));
      expect(createHash('sha256').update(bytes).digest('hex'), entry.file).toBe(entry.sha256);
      expect(bytes.byteLength, entry.file).toBe(entry.bytes);
    }
  });

  it('ships SHA256SUMS in the format sha256sum -c reads, agreeing with the manifest', async () => {
    const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(apiDir, 'manifest.json'), 'utf8')));
    const sums = await readFile(path.join(apiDir, 'SHA256SUMS'), 'utf8');
    expect(sums).toBe(manifest.files.map((entry) => `${entry.sha256}  ${entry.file}\n`).join(''));
  });
});
