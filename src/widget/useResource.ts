import { createContext, useContext } from 'react';
import { fetchResource, fetchTranslation } from '../api/client';
import { isTranslatable, translateResource } from '../api/dataTranslations';
import type { TranslationFile } from '../api/schemas';
import { DATA_LANGUAGE } from '../components/useDataLanguage';
import type { Locale } from '../i18n/locale';
import type { ResourceKey, ResourceData } from '../api/resources';
import { useI18n } from '../i18n/I18nProvider';
import { dataOf, useCachedFetch, type FetchCache } from '../lib/fetchCache';

const ResourceCacheContext = createContext<FetchCache | null>(null);

/** Gives the widget's views one cache, so each resource is fetched once for the frame. */
export const ResourceCacheProvider = ResourceCacheContext.Provider;

const translations = new Map<Locale, Promise<TranslationFile | null>>();

/**
 * The package's translation into the frame's language, fetched once. If it cannot be had, the
 * package's own text shows, marked as such, as it does where the package translates nothing.
 */
function translationInto(locale: Locale): Promise<TranslationFile | null> {
  let translation = translations.get(locale);
  if (!translation) translations.set(locale, (translation = fetchTranslation(locale).catch(() => null)));
  return translation;
}

/** A resource in the frame's language: written views come translated; those fetched here are translated here. */
const fetcher =
  <K extends ResourceKey>(key: K, locale: Locale) =>
  async () => {
    const data = await fetchResource(key);
    if (locale === DATA_LANGUAGE || !isTranslatable(key)) return data;
    return translateResource(key, data as ResourceData<typeof key>, await translationInto(locale));
  };

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
export function useScope(): string | null {
  const { t } = useI18n();
  const meta = useResource('meta');
  if (meta.status === 'pending') return null;
  return dataOf(meta)?.scope ?? t('shell.defaultScope');
}
