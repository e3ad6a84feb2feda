import type { Dataset } from '../../mocks/data/dataset';
import { sha256Hex } from '../lib/sha256';
import { datasetCsvFiles } from './datasetCsv';
import { buildOpenApiDocument } from './openapi';
import { resources, type ResourceKey } from './resources';
import type { Manifest } from './schemas';

export function sha256Text(text: string): Promise<string> {
  return sha256Hex(new TextEncoder().encode(text));
}

/**
 * Every published file of /api/v1, as file name → text: each resource
 * (validated against its schema) as JSON and, when tabular, CSV; the whole
 * dataset; the OpenAPI document; and the SHA-256 manifest of all of them.
 * The build writes these to dist/, and msw serves the same in development.
 */
export async function buildApiFiles(dataset: Dataset): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const key of Object.keys(resources) as ResourceKey[]) {
    const resource = resources[key];
    const parsed = resource.schema.safeParse(dataset[key]);
    if (!parsed.success) {
      throw new Error(`Sample data for ${resource.name} does not match its schema: ${parsed.error.message}`);
    }
    files.set(resource.file, `${JSON.stringify(parsed.data, null, 2)}\n`);
  }
  for (const [file, text] of datasetCsvFiles(dataset)) files.set(file, text);
  files.set('dataset.json', `${JSON.stringify(dataset, null, 2)}\n`);
  files.set('openapi.json', `${JSON.stringify(buildOpenApiDocument(dataset.meta.dataVersion), null, 2)}\n`);
  const manifest: Manifest = {
    dataVersion: dataset.meta.dataVersion,
    generated: dataset.meta.lastUpdated,
    algorithm: 'SHA-256',
    files: await Promise.all(
      [...files].map(async ([file, text]) => ({
        file,
        bytes: new TextEncoder().encode(text).byteLength,
        sha256: await sha256Text(text),
      })),
    ),
  };
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  // The format `sha256sum -c SHA256SUMS` reads, run in the folder the files were saved to.
  files.set('SHA256SUMS', manifest.files.map((entry) => `${entry.sha256}  ${entry.file}\n`).join(''));
  return files;
}

export function contentTypeOf(file: string): string {
  if (file.endsWith('.json')) return 'application/json; charset=utf-8';
  if (file.endsWith('.csv')) return 'text/csv; charset=utf-8';
  return 'text/plain; charset=utf-8';
}
