import { createContext, useContext } from 'react';
import { fetchResource, fetchTranslation } from '../api/client';
import { isTranslatable, translateResource } from '../api/dataTranslations';
import type { TranslationFile } from '../api/schemas';
import { DATA_LANGUAGE, quoteData, type DataQuote } from '../lib/dataText';
import type { Locale } from '../i18n/locale';
import type { ResourceKey, ResourceData } from '../api/resources';
import { useI18n } from '../i18n/I18nProvider';
import { dataOf, useCachedFetch, type FetchCache } from '../lib/fetchCache';

const ResourceCacheContext = createContext<FetchCache | null>(null);

/** Gives the widget's views one cache, so each resource is fetched once for the frame. */
export const ResourceCacheProvider = ResourceCacheContext.Provider;

const translations = new Map<Locale, Promise<TranslationFile | null>>();

/**
 * The package's translation into the frame's language, fetched once for all its resources. If it
 * cannot be had, the package's own text shows, marked as such, as where the package translates
 * nothing; a failure is not kept, so the next fetch (a Retry) asks again.
 */
function translationInto(locale: Locale): Promise<TranslationFile | null> {
  let translation = translations.get(locale);
  if (!translation) {
    translation = fetchTranslation(locale).catch(() => {
      translations.delete(locale);
      return null;
    });
    translations.set(locale, translation);
  }
  return translation;
}

function inLanguage(key: ResourceKey, data: unknown, translation: TranslationFile | null): unknown {
  return isTranslatable(key) ? translateResource(key, data as ResourceData<typeof key>, translation) : data;
}

/** A resource in the frame's language, fetched with the translation that is laid over it. */
const fetcher =
  <K extends ResourceKey>(key: K, locale: Locale) =>
  async (): Promise<ResourceData<K>> => {
    if (locale === DATA_LANGUAGE || !isTranslatable(key)) return fetchResource(key);
    const [data, translation] = await Promise.all([fetchResource(key), translationInto(locale)]);
    return inLanguage(key, data, translation) as ResourceData<K>;
  };

/**
 * Starts the cache with a written view's data, translated here as it was when the view was written,
 * so that the marks of what is translated match the page's.
 */
export function seedWrittenResources(
  cache: FetchCache,
  resources: Partial<Record<ResourceKey, unknown>>,
  translation: TranslationFile | null,
) {
  for (const [key, data] of Object.entries(resources) as [ResourceKey, unknown][]) {
    cache.seed(key, inLanguage(key, data, translation));
  }
}

/** Starts the fetches a view will make, while its code and messages are still loading. */
export function prefetchResources(cache: FetchCache, keys: ResourceKey[], locale: Locale) {
  for (const key of keys) cache.prefetch(key, fetcher(key, locale));
}

/** One API resource, fetched through the API client and shared by every view and the footer. */
export function useResource<K extends ResourceKey>(key: K) {
  const cache = useContext(ResourceCacheContext);
  const { locale } = useI18n();
  if (!cache) throw new Error('useResource must be used inside <ResourceCacheProvider>');
  return useCachedFetch<ResourceData<K>>(cache, key, fetcher(key, locale));
}

/**
 * The scope the API's metadata names ("US user data"); a neutral one if the metadata
 * fails; null while it loads, so views wait rather than reflow when the words change.
 */
export function useScopeQuote(): DataQuote | null {
  const { t, locale } = useI18n();
  const meta = useResource('meta');
  if (meta.status === 'pending') return null;
  const data = dataOf(meta);
  return quoteData(data?.scope ?? t('shell.defaultScope'), data, 'scope', locale);
}
