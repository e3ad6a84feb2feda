import { directionOf, type Locale } from './locale';

/** The document's language and direction, set before anything renders so that nothing moves after. */
export function setDocumentLanguage(locale: Locale) {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}
