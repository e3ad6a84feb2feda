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

/** Files about the versions, under /api/v1/ beside the latest version's files. */
export const VERSIONS_FILE = 'versions.json';
export const RELEASES_FEED_FILE = 'releases.atom';
export const SIGNING_KEY_FILE = 'signing-key.pem';
/** A detached Ed25519 signature of a manifest.json: its 64 bytes, published beside it. */
export const SIGNATURE_FILE = 'manifest.json.sig';

/** A version's folder, relative to /api/v1/, where its files are published for good. */
export const versionFolder = (dataVersion: string) => `versions/${dataVersion}/`;
/** A data version is part of addresses: letters, digits, dots, - and _. */
export const VERSION_IN_PATH = /^[0-9A-Za-z][0-9A-Za-z._-]*$/;

/** A translation of the data's text, relative to /api/v1/ as in a package: translations/fr.json. */
export const translationFileOf = (language: string) => `translations/${language}.json`;
