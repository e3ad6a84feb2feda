import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/api/openapi';
import { resources } from '../../src/api/resources';
import { buildApiFiles, sha256Text } from '../../src/api/publish';
import { samplePackage } from '../support/sample';

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument('test');

  it('is OpenAPI 3.1 with a GET path for every resource', () => {
    expect(document.openapi).toBe('3.1.0');
    for (const resource of Object.values(resources)) {
      expect(document.paths[`/${resource.file}`]?.get.responses['200']).toBeDefined();
    }
  });

  it('describes the versions, their files and their signatures', () => {
    for (const path of [
      '/versions.json',
      '/manifest.json',
      '/manifest.json.sig',
      '/signing-key.pem',
      '/releases.atom',
      '/versions/{version}/manifest.json',
      '/versions/{version}/manifest.json.sig',
      '/versions/{version}/dataset.json',
    ]) {
      expect(document.paths[path]?.get.responses['200'], path).toBeDefined();
    }
    expect(JSON.stringify(document.components.schemas.Versions)).toContain('manifestSha256');
  });

  it('describes the four kinds of count from the zod schema', () => {
    const text = JSON.stringify(document.components.schemas.AccessRequests);
    for (const kind of ['exact', 'suppressed', 'band', 'notReported']) expect(text).toContain(`"${kind}"`);
  });
});

const files = await buildApiFiles(samplePackage.dataset, samplePackage.info);

describe('static API files', () => {
  it('writes every resource, the whole dataset, the OpenAPI document and a manifest', () => {
    expect([...files.keys()].sort()).toEqual(
      [
        ...Object.values(resources).map((resource) => resource.file),
        ...Object.values(resources)
          .filter((resource) => resource.tabular)
          .map((resource) => resource.file.replace(/\.json$/, '.csv')),
        'SHA256SUMS',
        'datapackage.json',
        'dataset.json',
        'openapi.json',
        'manifest.json',
      ].sort(),
    );
  });

  it('lists the SHA-256 digest of every other file in the manifest', async () => {
    const manifest = JSON.parse(files.get('manifest.json')!) as { files: { file: string; sha256: string }[] };
    expect(manifest.files).toHaveLength(files.size - 2);
    for (const entry of manifest.files) {
      expect(await sha256Text(files.get(entry.file)!)).toBe(entry.sha256);
    }
    expect(files.get('SHA256SUMS')!.split('\n')[0]).toMatch(/^[0-9a-f]{64} {2}meta\.json$/);
  });
});
