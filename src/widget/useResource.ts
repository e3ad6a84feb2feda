import { createContext, useContext } from 'react';
import { fetchResource } from '../api/client';
import type { ResourceKey, ResourceData } from '../api/resources';
import { useI18n } from '../i18n/I18nProvider';
import { dataOf, useCachedFetch, type FetchCache } from '../lib/fetchCache';

const ResourceCacheContext = createContext<FetchCache | null>(null);

/** Gives the widget's views one cache, so each resource is fetched once for the frame. */
export const ResourceCacheProvider = ResourceCacheContext.Provider;

const fetcher =
  <K extends ResourceKey>(key: K) =>
  () =>
    fetchResource(key);

/** Starts the fetches a view will make, while its code and messages are still loading. */
export function prefetchResources(cache: FetchCache, keys: ResourceKey[]) {
  for (const key of keys) cache.prefetch(key, fetcher(key));
}

/** One API resource, fetched through the API client and shared by every view and the footer. */
export function useResource<K extends ResourceKey>(key: K) {
  const cache = useContext(ResourceCacheContext);
  if (!cache) throw new Error('useResource must be used inside <ResourceCacheProvider>');
  return useCachedFetch<ResourceData<K>>(cache, key, fetcher(key));
}

/**
 * The scope the API's metadata names ("US user data"); a neutral one if the metadata
 * fails; null while it loads, so views wait rather than reflow when the words change.
 */
export function useScope(): string | null {
  const { t } = useI18n();
  const meta = useResource('meta');
  if (meta.status === 'pending') return null;
  return dataOf(meta)?.scope ?? t('shell.defaultScope');
}
