import type { Locale } from './locale';
import { digitsLocale } from './translator';

/**
 * One of each Intl formatter the pages make, in the page's language. The first of them loads ICU's
 * data (25–90 ms on the main thread of a fresh Chromium page here, 85–200 ms with the CPU 4× slower);
 * once one thread of the page's process has made them, making them again costs well under a millisecond.
 */
export function intlFirstUses(locale: Locale): (() => unknown)[] {
  const writtenIn = digitsLocale(locale);
  return [
    () => new Intl.NumberFormat(writtenIn).format(0),
    () => new Intl.DateTimeFormat(writtenIn, { dateStyle: 'long', timeZone: 'UTC' }).format(0),
    () => new Intl.DisplayNames([locale], { type: 'region' }).of('US'),
    () => new Intl.DisplayNames([locale], { type: 'language' }).of('en'),
    () => new Intl.Collator(locale).compare('a', 'b'),
    () => new Intl.PluralRules(locale).select(1),
    () => new Intl.ListFormat(locale, { type: 'conjunction' }).format(['a', 'b']),
  ];
}
