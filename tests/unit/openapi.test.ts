import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/api/openapi';
import { resources } from '../../src/api/resources';
import { buildApiFiles, sha256 } from '../../src/build/staticApi';
import { sampleDataset } from '../../mocks/data/dataset';

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument('test');

  it('is OpenAPI 3.1 with a GET path for every resource', () => {
    expect(document.openapi).toBe('3.1.0');
    for (const resource of Object.values(resources)) {
      expect(document.paths[`/${resource.file}`]?.get.responses['200']).toBeDefined();
    }
  });

  it('describes the four kinds of count from the zod schema', () => {
    const text = JSON.stringify(document.components.schemas.AccessRequests);
    for (const kind of ['exact', 'suppressed', 'band', 'notReported']) expect(text).toContain(`"${kind}"`);
  });
});

describe('static API files', () => {
  const files = buildApiFiles(sampleDataset);

  it('writes every resource, the whole dataset, the OpenAPI document and a manifest', () => {
    expect([...files.keys()].sort()).toEqual(
      [
        ...Object.values(resources).map((resource) => resource.file),
        'dataset.json',
        'openapi.json',
        'manifest.json',
      ].sort(),
    );
  });

  it('lists the SHA-256 digest of every other file in the manifest', () => {
    const manifest = JSON.parse(files.get('manifest.json')!) as { files: { path: string; sha256: string }[] };
    expect(manifest.files).toHaveLength(files.size - 1);
    for (const entry of manifest.files) {
      expect(sha256(files.get(entry.path.replace('api/v1/', ''))!)).toBe(entry.sha256);
    }
  });

  it('refuses to publish data that breaks the contract', () => {
    const broken = { ...sampleDataset, meta: { ...sampleDataset.meta, lastUpdated: 'yesterday' } };
    expect(() => buildApiFiles(broken)).toThrow(/meta does not match its schema/);
  });
});
