import type * as z from 'zod/mini';
import {
  accessControls,
  accessRequestCounts,
  auditStatisticsList,
  changelog,
  locationAccessList,
  meta,
  replicationFlows,
  requestCategories,
  storageLocations,
} from './schemas';

export interface ResourceDefinition<S extends z.ZodMiniType = z.ZodMiniType> {
  /** Name in error messages, in datapackage.json and the stem of its files. */
  name: string;
  /** File name under /api/v1/. */
  file: string;
  /** A flat list that is also published, and accepted, as CSV. */
  tabular: boolean;
  /** Whether a data package must carry it; an optional resource left out is an empty list. */
  required: boolean;
  schema: S;
}

function define<S extends z.ZodMiniType>(definition: Omit<ResourceDefinition<S>, 'file'>): ResourceDefinition<S> {
  return { ...definition, file: `${definition.name}.json` };
}

/** Every resource of the transparency API, version 1, in the order the site lists them. */
export const resources = {
  meta: define({
    name: 'meta',
    tabular: false,
    required: true,
    schema: meta,
  }),
  storageLocations: define({
    name: 'storage-locations',
    tabular: true,
    required: true,
    schema: storageLocations,
  }),
  replicationFlows: define({
    name: 'replication-flows',
    tabular: true,
    required: false,
    schema: replicationFlows,
  }),
  locationAccess: define({
    name: 'location-access',
    tabular: true,
    required: false,
    schema: locationAccessList,
  }),
  accessControls: define({
    name: 'access-controls',
    tabular: true,
    required: true,
    schema: accessControls,
  }),
  auditStatistics: define({
    name: 'audit-statistics',
    tabular: true,
    required: true,
    schema: auditStatisticsList,
  }),
  requestCategories: define({
    name: 'request-categories',
    tabular: true,
    required: true,
    schema: requestCategories,
  }),
  accessRequests: define({
    name: 'access-requests',
    tabular: true,
    required: true,
    schema: accessRequestCounts,
  }),
  changelog: define({
    name: 'changelog',
    tabular: true,
    required: true,
    schema: changelog,
  }),
};

export type ResourceKey = keyof typeof resources;
export type ResourceData<K extends ResourceKey> = z.infer<(typeof resources)[K]['schema']>;
export const resourceKeys = Object.keys(resources) as ResourceKey[];

/** Every resource's data: what a data package holds and what the site publishes. */
export type Dataset = { [K in ResourceKey]: ResourceData<K> };

export const API_VERSION_PATH = 'api/v1';
