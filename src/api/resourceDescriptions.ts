import type { ResourceKey } from './resources';

/** What each resource holds, for the OpenAPI document and datapackage.json (kept out of the pages' bundles). */
export const resourceDescriptions: Record<ResourceKey, string> = {
  meta: 'Organisation, scope, reporting periods, headline category, dates, data version and sample-data flag.',
  storageLocations: 'Where the data is stored, with role, coordinates, provider and encryption.',
  replicationFlows: 'Replication between storage locations.',
  locationAccess: 'Employee-access requests approved, per storage location and period.',
  accessControls: 'Employee-access controls with status, framework mappings and evidence.',
  auditStatistics: 'Employee-access and audit statistics per reporting period.',
  requestCategories:
    'The categories requests are counted in (by requester or by legal process), with their definitions.',
  accessRequests:
    'Requests for data per period, category and country. Every figure states its kind: exact, suppressed, band or notReported, and for disclosures also share or shareBand (a percentage of the requests).',
  changelog: 'Published data versions and what changed in each.',
};
