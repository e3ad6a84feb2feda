import { en, type Messages } from './messages/en';
import type { Locale } from './locale';

/** English ships with the app; other languages load on demand. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'fr') return (await import('./messages/fr')).fr;
  return en;
}
