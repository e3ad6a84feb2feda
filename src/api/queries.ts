import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { fetchManifest, fetchResource, fetchTranslation, fetchVersionDataset, fetchVersions } from './client';
import { resourceKeys, type ResourceKey } from './resources';

export const transparencyKeys = {
  all: ['transparency', 'v1'] as const,
  resource: (key: ResourceKey) => [...transparencyKeys.all, key] as const,
};

export function resourceQuery<K extends ResourceKey>(key: K) {
  return queryOptions({
    queryKey: transparencyKeys.resource(key),
    queryFn: ({ signal }) => fetchResource(key, { signal }),
    staleTime: 5 * 60_000,
  });
}

export const metaQuery = () => resourceQuery('meta');
export const storageLocationsQuery = () => resourceQuery('storageLocations');
export const replicationFlowsQuery = () => resourceQuery('replicationFlows');
export const accessControlsQuery = () => resourceQuery('accessControls');
export const auditStatisticsQuery = () => resourceQuery('auditStatistics');
export const accessRequestsQuery = () => resourceQuery('accessRequests');
export const changelogQuery = () => resourceQuery('changelog');
export const requestCategoriesQuery = () => resourceQuery('requestCategories');
export const locationAccessQuery = () => resourceQuery('locationAccess');

export const manifestQuery = () =>
  queryOptions({
    queryKey: [...transparencyKeys.all, 'manifest'] as const,
    queryFn: ({ signal }) => fetchManifest({ signal }),
    staleTime: 5 * 60_000,
  });

/** The list of versions changes with each release, like the resources. */
export const versionsQuery = () =>
  queryOptions({
    queryKey: [...transparencyKeys.all, 'versions'] as const,
    queryFn: ({ signal }) => fetchVersions({ signal }),
    staleTime: 5 * 60_000,
  });

// A released version never changes: once fetched, it is kept.
export const versionDatasetQuery = (version: string) =>
  queryOptions({
    queryKey: [...transparencyKeys.all, 'versions', version, 'dataset'] as const,
    queryFn: ({ signal }) => fetchVersionDataset(version, { signal }),
    staleTime: Infinity,
  });

export const versionManifestQuery = (version: string) =>
  queryOptions({
    queryKey: [...transparencyKeys.all, 'versions', version, 'manifest'] as const,
    queryFn: ({ signal }) => fetchManifest({ signal, version }),
    staleTime: Infinity,
  });

/** The package's translation of its text into one language (null: it has none). */
export const translationQuery = (language: string) =>
  queryOptions({
    queryKey: [...transparencyKeys.all, 'translations', language] as const,
    queryFn: ({ signal }) => fetchTranslation(language, { signal }),
    staleTime: 5 * 60_000,
  });

/** Whether every resource is in the cache, as on a page that has fetched them all. */
export function hasEveryResource(queryClient: QueryClient): boolean {
  return resourceKeys.every((key) => queryClient.getQueryData(resourceQuery(key).queryKey) !== undefined);
}

/**
 * Fetches every resource the cache lacks. A prerendered page carries only the data it shows, so
 * the first move to another page fetches the rest: a few small files, and no page waits on them
 * again. A resource that fails is left failed, for the page that needs it to say so with a Retry.
 */
export function fetchEveryResource(queryClient: QueryClient): Promise<unknown> {
  return Promise.allSettled(resourceKeys.map((key) => queryClient.ensureQueryData(resourceQuery(key))));
}
