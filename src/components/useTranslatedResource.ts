import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { translateResource, type TranslatableKey } from '../api/dataTranslations';
import { resourceQuery, translationPartQuery } from '../api/queries';
import type { ResourceData } from '../api/resources';
import { useI18n } from '../i18n/I18nProvider';
import { DATA_LANGUAGE } from '../lib/dataText';

/**
 * A resource with its text in the reader's language where the package translates it. It waits for
 * the translation as for the data, so the page does not switch languages under the reader; if the
 * translation cannot be loaded, the package's own text shows, marked as such.
 */
export function useTranslatedResource<K extends TranslatableKey>(key: K): UseQueryResult<ResourceData<K>> {
  const { locale } = useI18n();
  const translating = locale !== DATA_LANGUAGE;
  const translation = useQuery({ ...translationPartQuery(locale, key), enabled: translating });
  const query = useQuery(resourceQuery(key));
  const data = useMemo(
    () =>
      query.data === undefined ? undefined : translateResource(key, query.data, translating ? translation.data : null),
    [key, query.data, translating, translation.data],
  );
  if (translating && translation.status === 'pending' && query.status !== 'error') {
    return { ...query, status: 'pending', isPending: true, isSuccess: false, data: undefined } as UseQueryResult<
      ResourceData<K>
    >;
  }
  return { ...query, data } as UseQueryResult<ResourceData<K>>;
}
