import { parsePeriodId } from '../api/periods';
import type { Dictionary, MessageKey } from './namespaces';
import type { Locale } from './locale';

export type Vars = Record<string, string | number>;

export interface Translator {
  locale: Locale;
  t: (key: MessageKey, vars?: Vars) => string;
  /** Picks `key.one`, `key.other`… with Intl.PluralRules for `count`. */
  plural: (key: string, count: number, vars?: Vars) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** "48–52 %": a range as the locale writes it (Intl.NumberFormat.formatRange). */
  formatNumberRange: (min: number, max: number, options?: Intl.NumberFormatOptions) => string;
  /**
   * "A, B, C" with the reader's language's separator ("A、B、C"). A message, not Intl.ListFormat, whose
   * words differ between the ICU that writes a page at build time and the browser's that hydrates it.
   */
  formatList: (items: readonly string[]) => string;
  /** Formats an ISO calendar date (YYYY-MM-DD) without time-zone drift. */
  formatDate: (isoDate: string, style?: 'long' | 'medium') => string;
  countryName: (code: string) => string;
  /**
   * Compares two texts as the reader's language orders them. Never the runtime's default locale,
   * which differs between the build and the browser, and the page would then hydrate a different list.
   */
  compareText: (a: string, b: string) => number;
  /** A language named in the reader's language: "fr" is "French", "français"… */
  languageName: (code: string) => string;
  periodLabel: (periodId: string) => string;
}

function interpolate(template: string, vars: Vars | undefined, formatNumber: (n: number) => string) {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = vars[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** Builds a value on first use: making Intl objects is slow (tens of ms on a phone), using them is not. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * The locale that numbers and dates are written in. Arabic keeps Latin digits: a documented choice,
 * and a fixed one, since CLDR's default digits for `ar` differ between ICU versions, and a page
 * written by the build must read the same in every browser that hydrates it.
 */
export function digitsLocale(locale: Locale): string {
  return locale === 'ar' ? 'ar-u-nu-latn' : locale;
}

export function createTranslator(locale: Locale, messages: Dictionary): Translator {
  const writtenIn = digitsLocale(locale);
  const pluralRules = lazy(() => new Intl.PluralRules(locale));
  const regionNames = lazy(() => new Intl.DisplayNames([locale], { type: 'region' }));
  const languageNames = lazy(() => new Intl.DisplayNames([locale], { type: 'language' }));
  const collator = lazy(() => new Intl.Collator(locale));
  const dateFormats = {
    long: lazy(() => new Intl.DateTimeFormat(writtenIn, { dateStyle: 'long', timeZone: 'UTC' })),
    medium: lazy(() => new Intl.DateTimeFormat(writtenIn, { dateStyle: 'medium', timeZone: 'UTC' })),
  };
  // Charts format every tick and label, so each set of options gets one formatter.
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const numberFormatFor = (options: Intl.NumberFormatOptions = {}) => {
    const key = JSON.stringify(options);
    let format = numberFormats.get(key);
    if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(writtenIn, options)));
    return format;
  };
  const formatNumber = (value: number, options?: Intl.NumberFormatOptions) => numberFormatFor(options).format(value);
  const formatNumberRange = (min: number, max: number, options?: Intl.NumberFormatOptions) =>
    numberFormatFor(options).formatRange(min, max);
  const lookup = (key: string) => (messages as Record<string, string>)[key] ?? key;

  return {
    locale,
    t: (key, vars) => interpolate(lookup(key), vars, formatNumber),
    plural: (key, count, vars) => {
      const category = pluralRules().select(count);
      const template = (messages as Record<string, string>)[`${key}.${category}`] ?? lookup(`${key}.other`);
      return interpolate(template, { count, ...vars }, formatNumber);
    },
    formatNumber,
    formatNumberRange,
    formatList: (items) => items.join(lookup('list.separator')),
    formatDate: (isoDate, style = 'long') => {
      const date = new Date(`${isoDate}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? isoDate : dateFormats[style]().format(date);
    },
    countryName: (code) => {
      try {
        return regionNames().of(code) ?? code;
      } catch {
        return code;
      }
    },
    compareText: (a, b) => collator().compare(a, b),
    languageName: (code) => {
      try {
        return languageNames().of(code) ?? code;
      } catch {
        return code;
      }
    },
    periodLabel: (periodId) => {
      const parts = parsePeriodId(periodId);
      if (!parts) return periodId;
      const year = String(parts.year);
      if (parts.granularity === 'year') return interpolate(lookup('period.year'), { year }, formatNumber);
      const key = parts.granularity === 'half' ? 'period.half' : 'period.quarter';
      return interpolate(lookup(key), { year, part: String(parts.part) }, formatNumber);
    },
  };
}
