import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while rendering on the server and during hydration, true after:
 * parts that depend on the browser (the map, charts, the current URL, today's
 * date) render the same placeholder as the prerendered HTML until then.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
