import { useHref } from 'react-router';
import { env } from '../config/env';
import { pageFolder } from '../lib/pageFolder';
import { useI18n } from './I18nProvider';
import { localeInPath } from './locale';

/**
 * An internal link in the page's language. Pages under a language's folder (/fr/…) are routed from
 * there, so their links keep it by themselves; a page reached by ?lang= keeps the parameter instead.
 */
export function useLocalizedPath() {
  const { locale } = useI18n();
  const languageInPath = localeInPath(useHref('/'), env.basePath) === locale;
  return (pathname: string, params?: URLSearchParams) => {
    const search = new URLSearchParams(params);
    if (locale !== 'en' && !languageInPath) search.set('lang', locale);
    else search.delete('lang');
    const query = search.toString();
    return { pathname: pageFolder(pathname), search: query ? `?${query}` : '' };
  };
}
