import type * as z from 'zod/mini';
import type { resourceSchemas } from './resourceSchemas';

export interface ResourceDefinition {
  /** Name in error messages, in datapackage.json and the stem of its files. */
  name: string;
  /** File name under /api/v1/. */
  file: string;
  /** A flat list that is also published, and accepted, as CSV. */
  tabular: boolean;
  /** Whether a data package must carry it; an optional resource left out is an empty list. */
  required: boolean;
}

function define(definition: Omit<ResourceDefinition, 'file'>): ResourceDefinition {
  return { ...definition, file: `${definition.name}.json` };
}

/**
 * Every resource of the transparency API, version 1, in the order the site lists them. Their
 * schemas are in resourceSchemas.ts, which pages load only when they fetch.
 */
export const resources = {
  meta: define({ name: 'meta', tabular: false, required: true }),
  storageLocations: define({ name: 'storage-locations', tabular: true, required: true }),
  replicationFlows: define({ name: 'replication-flows', tabular: true, required: false }),
  locationAccess: define({ name: 'location-access', tabular: true, required: false }),
  accessControls: define({ name: 'access-controls', tabular: true, required: true }),
  auditStatistics: define({ name: 'audit-statistics', tabular: true, required: true }),
  requestCategories: define({ name: 'request-categories', tabular: true, required: true }),
  accessRequests: define({ name: 'access-requests', tabular: true, required: true }),
  changelog: define({ name: 'changelog', tabular: true, required: true }),
};

export type ResourceKey = keyof typeof resources;
export type ResourceData<K extends ResourceKey> = z.infer<(typeof resourceSchemas)[K]>;
export const resourceKeys = Object.keys(resources) as ResourceKey[];

/** Every resource's data: what a data package holds and what the site publishes. */
export type Dataset = { [K in ResourceKey]: ResourceData<K> };

export const API_VERSION_PATH = 'api/v1';
