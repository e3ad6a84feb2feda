import { isTranslated } from '../api/dataTranslations';
import { useI18n } from '../i18n/I18nProvider';

/** The language the packages' own text is written in; translations/<lang>.json give the others. */
export const DATA_LANGUAGE = 'en';

/**
 * The language to mark a field of the data with: the package's own, where it shows untranslated in
 * a page of another language, so that screen readers switch voice; otherwise nothing.
 */
export function useDataLanguage(): (row: object, field: string) => string | undefined {
  const { locale } = useI18n();
  return (row, field) => (locale === DATA_LANGUAGE || isTranslated(row, field) ? undefined : DATA_LANGUAGE);
}
