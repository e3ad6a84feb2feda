import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { oneAtATime } from './oneAtATime';

const same = () => 0;
const noChange = () => same;

/** The hydrated components waiting to switch to the browser's rendering, one commit each. */
const takeTurnToSwitch = oneAtATime();

/**
 * False while rendering on the server and during hydration, true after:
 * parts that depend on the browser (the map, charts, the current URL, today's
 * date) render the same placeholder as the prerendered HTML until then.
 *
 * After hydration each component switches in its own transition, the next once the last has
 * committed. Switched together, as a store whose snapshot differs from the server's makes React
 * do, every control enabled and every address rewritten was one commit, in the same task as
 * hydration's effects: the longest task of a page's start. A switch whose render waits for code
 * (the map's) holds the next ones until that code has come.
 */
export function useIsClient(): boolean {
  // Whether this first render writes or hydrates the server's HTML: React asks a store for its server
  // snapshot only then (each Suspense boundary hydrates in its turn), during this call and never after.
  // Both snapshots being equal, it never redraws for them.
  let rendersServerHtml = false;
  // eslint-disable-next-line react-hooks/immutability
  useSyncExternalStore(noChange, same, () => ((rendersServerHtml = true), 0));
  const [isClient, setIsClient] = useState(!rendersServerHtml);
  useEffect(() => {
    if (isClient) return;
    // Left when the switch has committed (this effect is then cleaned up) or the component unmounts.
    return takeTurnToSwitch(() => startTransition(() => setIsClient(true)));
  }, [isClient]);
  return isClient;
}
