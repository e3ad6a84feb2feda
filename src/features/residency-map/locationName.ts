import type { StorageLocation } from '../../api/schemas';
import type { Translator } from '../../i18n/translator';

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
