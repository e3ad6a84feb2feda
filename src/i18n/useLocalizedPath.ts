import { pageFolder } from '../lib/pageFolder';
import { useI18n } from './I18nProvider';

/** Keeps `?lang=` on internal links so a shared URL opens in the same language. */
export function useLocalizedPath() {
  const { locale } = useI18n();
  return (pathname: string, params?: URLSearchParams) => {
    const search = new URLSearchParams(params);
    if (locale !== 'en') search.set('lang', locale);
    else search.delete('lang');
    const query = search.toString();
    return { pathname: pageFolder(pathname), search: query ? `?${query}` : '' };
  };
}
