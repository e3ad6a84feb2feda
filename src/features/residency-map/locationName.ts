import type { StorageLocation } from '../../api/schemas';
import type { Translator } from '../../i18n/translator';
import { quoteData, type DataQuote } from '../../lib/dataText';

/** "Virginia, United States: primary storage", the accessible name of a marker. */
export function locationAccessibleName(
  location: StorageLocation,
  { t, countryName }: Pick<Translator, 't' | 'countryName'>,
) {
  return t('map.markerName', {
    name: location.name,
    country: countryName(location.countryCode),
    role: t(`role.${location.role}`),
  });
}

/** "Virginia, United States": a place by its name, quoted from the data, and its country in the reader's words. */
export function placeName(
  location: StorageLocation,
  { t, countryName, locale }: Pick<Translator, 't' | 'countryName' | 'locale'>,
): { text: string; quotes: DataQuote[] } {
  return {
    text: t('location.place', { place: location.name, country: countryName(location.countryCode) }),
    quotes: [quoteData(location.name, location, 'name', locale)],
  };
}

/** A list from the data, separated as its language separates lists: the page's, or English where it shows untranslated. */
export function dataList(
  items: readonly string[],
  lang: string | undefined,
  { formatList }: Pick<Translator, 'formatList'>,
) {
  return lang ? items.join(', ') : formatList(items);
}
