import { resourceKeys, resources, type ResourceKey } from '../../api/resources';
import type { MessageKey } from '../../i18n/namespaces';

const byResource = (key: ResourceKey): MessageKey => `data.file.${key}`;

/** What a published file holds, and whether it is the CSV twin of a resource or a translation (its language). */
export function describeFile(file: string): { key: MessageKey; csv: boolean; language?: string } | null {
  const translation = /^translations\/([\w-]+)\.json$/.exec(file);
  if (translation) return { key: 'data.file.translation', csv: false, language: translation[1] };
  if (file === 'dataset.json') return { key: 'data.file.dataset', csv: false };
  if (file === 'openapi.json') return { key: 'data.file.openapi', csv: false };
  if (file === 'datapackage.json') return { key: 'data.file.datapackage', csv: false };
  const base = file.replace(/\.(json|csv)$/, '.json');
  const entry = resourceKeys.find((key) => resources[key].file === base);
  return entry ? { key: byResource(entry), csv: file.endsWith('.csv') } : null;
}
