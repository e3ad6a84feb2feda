import { directionOf, type Locale } from './locale';

/**
 * The document's language and direction, set before anything renders so that nothing moves after.
 * Each is written only when it differs: writing even the same value makes the browser restyle the
 * whole document, which on a prerendered page (where both are already right) was wasted work in
 * the task that hydrates it.
 */
export function setDocumentLanguage(locale: Locale) {
  const root = document.documentElement;
  const direction = directionOf(locale);
  if (root.lang !== locale) root.lang = locale;
  if (root.dir !== direction) root.dir = direction;
}
