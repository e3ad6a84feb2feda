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
  /** What it holds, for the OpenAPI document and datapackage.json. */
  description: string;
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
    description: 'Organisation, scope, reporting periods, headline category, dates, data version and sample-data flag.',
    tabular: false,
    required: true,
    schema: meta,
  }),
  storageLocations: define({
    name: 'storage-locations',
    description: 'Where the data is stored, with role, coordinates, provider and encryption.',
    tabular: true,
    required: true,
    schema: storageLocations,
  }),
  replicationFlows: define({
    name: 'replication-flows',
    description: 'Replication between storage locations.',
    tabular: true,
    required: false,
    schema: replicationFlows,
  }),
  locationAccess: define({
    name: 'location-access',
    description: 'Employee-access requests approved, per storage location and period.',
    tabular: true,
    required: false,
    schema: locationAccessList,
  }),
  accessControls: define({
    name: 'access-controls',
    description: 'Employee-access controls with status, framework mappings and evidence.',
    tabular: true,
    required: true,
    schema: accessControls,
  }),
  auditStatistics: define({
    name: 'audit-statistics',
    description: 'Employee-access and audit statistics per reporting period.',
    tabular: true,
    required: true,
    schema: auditStatisticsList,
  }),
  requestCategories: define({
    name: 'request-categories',
    description: 'The categories requests are counted in (by requester or by legal process), with their definitions.',
    tabular: true,
    required: true,
    schema: requestCategories,
  }),
  accessRequests: define({
    name: 'access-requests',
    description:
      'Requests for data per period, category and country. Every figure states its kind: exact, suppressed, band or notReported, and for disclosures also share or shareBand (a percentage of the requests).',
    tabular: true,
    required: true,
    schema: accessRequestCounts,
  }),
  changelog: define({
    name: 'changelog',
    description: 'Published data versions and what changed in each.',
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
