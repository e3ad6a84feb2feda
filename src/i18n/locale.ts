import { pageFolder } from '../lib/pageFolder';

export const locales = ['en', 'fr', 'es', 'zh-Hans', 'ar'] as const;
export type Locale = (typeof locales)[number];

/** Each language named in itself, as language pickers show it. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  'zh-Hans': '简体中文',
  ar: 'العربية',
};

/** The direction a language is written in, for the document's dir attribute. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

export function isLocale(value: unknown): value is Locale {
  return locales.includes(value as Locale);
}

/** The folder of a language's pages under the site's base: none for English, the default. */
export function localeFolder(locale: Locale): string {
  return locale === 'en' ? '' : `${locale}/`;
}

/** The base of a language's pages: /fr/ for French, / for English (under a subpath, /transparency/fr/). */
export function localeBase(base: string, locale: Locale): string {
  return `${base}${localeFolder(locale)}`;
}

/** The language an address names in its first segment after the site's base (/fr/requests/), if any. */
export function localeInPath(pathname: string, base: string): Locale | null {
  if (!pathname.startsWith(base)) return null;
  const segment = pathname.slice(base.length).split('/')[0];
  return isLocale(segment) && segment !== 'en' ? segment : null;
}

/** The language of a page: the one its address names (/fr/requests/), else English. Nothing is stored. */
export function localeOfAddress({ pathname }: { pathname: string }, base: string): Locale {
  return localeInPath(pathname, base) ?? 'en';
}

/**
 * Where a link made before pages had a language in their address now leads: /requests?lang=fr&type=x
 * to /fr/requests/?type=x, the page written in French. Null for an address that needs no move.
 */
export function languageFolderAddress(
  { pathname, search, hash }: { pathname: string; search: string; hash: string },
  base: string,
): string | null {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  if (!isLocale(lang) || lang === 'en' || !pathname.startsWith(base) || localeInPath(pathname, base)) return null;
  params.delete('lang');
  const query = params.toString();
  return `${localeBase(base, lang)}${pageFolder(pathname.slice(base.length))}${query ? `?${query}` : ''}${hash}`;
}
