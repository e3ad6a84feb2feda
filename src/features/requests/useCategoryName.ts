import type { RequestCategory } from '../../api/schemas';
import { useQuoteData } from '../../components/useDataLanguage';
import type { DataQuote } from '../../lib/dataText';

/** A category's name by its id, marked with its language where it shows untranslated. */
export function useCategoryName(categories: readonly RequestCategory[]): (id: string) => DataQuote {
  const quoteData = useQuoteData();
  return (id) => {
    const category = categories.find((item) => item.id === id);
    return quoteData(category?.label ?? id, category, 'label');
  };
}
