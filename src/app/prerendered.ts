import type { DehydratedState } from '@tanstack/react-query';

/** The id of the JSON script that follows a prerendered page's markup: written by the build, read by main.tsx. */
export const PRERENDERED_ID = 'drd-prerendered';

export interface Prerendered {
  path: string;
  queryState: DehydratedState;
}
