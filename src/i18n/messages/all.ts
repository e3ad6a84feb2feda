// Every message of every language in one object, for tests and build-time prerendering: the app loads them by namespace.
import { locales, type Locale } from '../locale';
import type { Dictionary } from '../namespaces';

const modules = import.meta.glob<Record<string, Dictionary>>('./*/*.ts', { eager: true });

function messagesOf(locale: Locale): Dictionary {
  const parts = Object.entries(modules)
    .filter(([file]) => file.startsWith(`./${locale}/`))
    .flatMap(([, module]) => Object.values(module));
  return Object.assign({}, ...parts) as Dictionary;
}

export const allMessages = Object.fromEntries(locales.map((locale) => [locale, messagesOf(locale)])) as Record<
  Locale,
  Dictionary
>;
