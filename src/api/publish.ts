import { sha256Hex } from '../lib/sha256';
import { buildDescriptor, csvFileOf, type PackageInfo } from './datapackage';
import { buildOpenApiDocument } from './openapi';
import { resourceKeys, resources, translationFileOf, type Dataset } from './resources';
import type { Manifest, TranslationFile } from './schemas';
import { tableCsv, tabularKeys } from './tables/registry';

export function sha256Text(text: string): Promise<string> {
  return sha256Hex(new TextEncoder().encode(text));
}

/** A JSON file as the site publishes it: indented by two spaces, with a final line break. */
export const jsonFileText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

/**
 * Every published file of /api/v1, as file name → text: each resource as JSON and,
 * when tabular, CSV; the whole dataset; the OpenAPI document; datapackage.json; and
 * the SHA-256 manifest of all of them. The data must have passed the package check.
 * The build writes these to dist/, and msw serves the same in development.
 */
export async function buildApiFiles(
  dataset: Dataset,
  info: PackageInfo,
  translations: Record<string, TranslationFile> = {},
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const key of resourceKeys) files.set(resources[key].file, jsonFileText(dataset[key]));
  for (const key of tabularKeys) files.set(csvFileOf(key), tableCsv(key, dataset));
  for (const [language, translation] of Object.entries(translations).sort(([a], [b]) => a.localeCompare(b))) {
    files.set(translationFileOf(language), jsonFileText(translation));
  }
  files.set('dataset.json', jsonFileText(dataset));
  files.set('openapi.json', jsonFileText(buildOpenApiDocument(dataset.meta.dataVersion)));

  const facts = new Map(
    await Promise.all(
      [...files].map(
        async ([file, text]) => [file, { bytes: byteLength(text), sha256: await sha256Text(text) }] as const,
      ),
    ),
  );
  const descriptor = jsonFileText(buildDescriptor(dataset, info, (file) => facts.get(file)!));
  files.set('datapackage.json', descriptor);
  facts.set('datapackage.json', { bytes: byteLength(descriptor), sha256: await sha256Text(descriptor) });

  const manifest: Manifest = {
    dataVersion: dataset.meta.dataVersion,
    generated: dataset.meta.lastUpdated,
    algorithm: 'SHA-256',
    files: [...files.keys()].map((file) => ({ file, ...facts.get(file)! })),
  };
  files.set('manifest.json', jsonFileText(manifest));
  // The format `sha256sum -c SHA256SUMS` reads, run in the folder the files were saved to.
  files.set('SHA256SUMS', manifest.files.map((entry) => `${entry.sha256}  ${entry.file}\n`).join(''));
  return files;
}

export function contentTypeOf(file: string): string {
  if (file.endsWith('.json')) return 'application/json; charset=utf-8';
  if (file.endsWith('.atom')) return 'application/atom+xml; charset=utf-8';
  if (file.endsWith('.pem')) return 'application/x-pem-file';
  if (file.endsWith('.sig')) return 'application/octet-stream';
  if (file.endsWith('.csv')) return 'text/csv; charset=utf-8';
  return 'text/plain; charset=utf-8';
}
