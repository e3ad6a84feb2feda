import type { DehydratedState } from '@tanstack/react-query';
import type { Locale } from '../i18n/locale';

/** The id of the JSON script that follows a prerendered page's markup: written by the build, read by main.tsx. */
export const PRERENDERED_ID = 'drd-prerendered';

export interface Prerendered {
  /** The route, without the site's base or the language's folder: /requests/. */
  path: string;
  locale: Locale;
  queryState: DehydratedState;
}
