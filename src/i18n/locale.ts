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

const STORAGE_KEY = 'drd.lang';

/** `?lang=` wins; then the reader's last choice; then English. */
export function initialLocale(search: string): Locale {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be blocked (e.g. in third-party iframes); English it is.
  }
  return 'en';
}

export function rememberLocale(locale: Locale) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering is fine: the URL still carries ?lang=.
  }
}
