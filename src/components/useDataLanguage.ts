import { useI18n } from '../i18n/I18nProvider';
import { dataLanguageOf, quoteData, type DataQuote } from '../lib/dataText';

/**
 * The language to mark a field of the data with: the package's own, where it shows untranslated in
 * a page of another language, so that screen readers switch voice; otherwise nothing.
 */
export function useDataLanguage(): (row: object, field: string) => string | undefined {
  const { locale } = useI18n();
  return (row, field) => dataLanguageOf(row, field, locale);
}

/** Quotes a field of the data for a sentence: see Quoting. */
export function useQuoteData(): (text: string, row: object | undefined, field: string) => DataQuote {
  const { locale } = useI18n();
  return (text, row, field) => quoteData(text, row, field, locale);
}
