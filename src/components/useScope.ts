import { useTranslatedResource } from './useTranslatedResource';
import { useI18n } from '../i18n/I18nProvider';
import { quoteData, type DataQuote } from '../lib/dataText';

/**
 * Whose data the report covers ("US user data"), as the metadata says, marked with its language
 * where it shows untranslated; neutral words until it loads.
 */
export function useScopeQuote(): DataQuote {
  const { t, locale } = useI18n();
  const meta = useTranslatedResource('meta');
  return quoteData(meta.data?.scope ?? t('shell.defaultScope'), meta.data, 'scope', locale);
}
