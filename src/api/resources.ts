import type * as z from 'zod/mini';
import {
  accessControls,
  accessRequestCounts,
  auditStatisticsList,
  changelog,
  meta,
  replicationFlows,
  storageLocations,
} from './schemas';

export interface ResourceDefinition<S extends z.ZodMiniType = z.ZodMiniType> {
  /** Name used in error messages and query keys. */
  name: string;
  /** File name under /api/v1/. */
  file: string;
  /** Whether the resource is a flat list that can also be offered as CSV. */
  tabular: boolean;
  schema: S;
}

function define<S extends z.ZodMiniType>(definition: ResourceDefinition<S>): ResourceDefinition<S> {
  return definition;
}

/** Every resource of the transparency API, version 1. */
export const resources = {
  meta: define({ name: 'meta', file: 'meta.json', tabular: false, schema: meta }),
  storageLocations: define({
    name: 'storage-locations',
    file: 'storage-locations.json',
    tabular: true,
    schema: storageLocations,
  }),
  replicationFlows: define({
    name: 'replication-flows',
    file: 'replication-flows.json',
    tabular: true,
    schema: replicationFlows,
  }),
  accessControls: define({
    name: 'access-controls',
    file: 'access-controls.json',
    tabular: true,
    schema: accessControls,
  }),
  auditStatistics: define({
    name: 'audit-statistics',
    file: 'audit-statistics.json',
    tabular: true,
    schema: auditStatisticsList,
  }),
  accessRequests: define({
    name: 'access-requests',
    file: 'access-requests.json',
    tabular: true,
    schema: accessRequestCounts,
  }),
  changelog: define({
    name: 'changelog',
    file: 'changelog.json',
    tabular: true,
    schema: changelog,
  }),
};

export type ResourceKey = keyof typeof resources;
export type ResourceData<K extends ResourceKey> = z.infer<(typeof resources)[K]['schema']>;

export const API_VERSION_PATH = 'api/v1';
