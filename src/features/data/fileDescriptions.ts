import { resources, type ResourceKey } from '../../api/resources';
import type { MessageKey } from '../../i18n/namespaces';

const byResource: Record<ResourceKey, MessageKey> = {
  meta: 'data.file.meta',
  storageLocations: 'data.file.storageLocations',
  replicationFlows: 'data.file.replicationFlows',
  accessControls: 'data.file.accessControls',
  auditStatistics: 'data.file.auditStatistics',
  accessRequests: 'data.file.accessRequests',
  changelog: 'data.file.changelog',
};

/** What a published file holds, and whether it is the CSV twin of a resource. */
export function describeFile(file: string): { key: MessageKey; csv: boolean } | null {
  if (file === 'dataset.json') return { key: 'data.file.dataset', csv: false };
  if (file === 'openapi.json') return { key: 'data.file.openapi', csv: false };
  const base = file.replace(/\.(json|csv)$/, '.json');
  const entry = (Object.keys(resources) as ResourceKey[]).find((key) => resources[key].file === base);
  return entry ? { key: byResource[entry], csv: file.endsWith('.csv') } : null;
}
