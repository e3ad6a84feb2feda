import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { fetchResource, fetchTranslation } from './client';
import { translatableKeys, translationPart, type TranslatableKey } from './dataTranslations';
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

/** The package's translation of its text into one language (null: it has none). */
export const translationQuery = (language: string) =>
  queryOptions({
    queryKey: [...transparencyKeys.all, 'translations', language] as const,
    queryFn: ({ signal }) => fetchTranslation(language, { signal }),
    staleTime: 5 * 60_000,
  });

/**
 * One resource's part of that translation (null: there is none). A prerendered page carries only
 * the parts it read; a part the cache lacks comes from the whole file, fetched once for every part.
 */
export const translationPartQuery = (language: string, key: TranslatableKey) =>
  queryOptions({
    queryKey: [...translationQuery(language).queryKey, key] as const,
    queryFn: async ({ client }) => translationPart(await client.fetchQuery(translationQuery(language)), key),
    staleTime: 5 * 60_000,
  });

/** The parts of the translation into `language` that pages read (none where they are in the data's language). */
const translationParts = (language: string | null) =>
  language ? translatableKeys.map((key) => translationPartQuery(language, key)) : [];

/** Whether every resource, and its part of the translation, is in the cache, as once a page has fetched them all. */
export function hasEveryResource(queryClient: QueryClient, language: string | null = null): boolean {
  return [
    ...resourceKeys.map(transparencyKeys.resource),
    ...translationParts(language).map((part) => part.queryKey),
  ].every((queryKey) => queryClient.getQueryData(queryKey) !== undefined);
}

/**
 * Fetches every resource the cache lacks, and each one's part of the translation into `language`. A
 * prerendered page carries only the data it shows, so the first move to another page fetches the
 * rest: a few small files, and no page waits on them again. A resource that fails is left failed,
 * for the page that needs it to say so with a Retry.
 */
export function fetchEveryResource(queryClient: QueryClient, language: string | null = null): Promise<unknown> {
  return Promise.allSettled([
    ...resourceKeys.map((key) => queryClient.ensureQueryData(resourceQuery(key))),
    ...translationParts(language).map((part) => queryClient.ensureQueryData(part)),
  ]);
}
