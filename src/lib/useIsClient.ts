import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { OneAtATime } from './oneAtATime';

const noChange = () => () => {};
const same = () => 0;

/**
 * Whether this render writes or hydrates the server's HTML. React asks a store for its server
 * snapshot only then (each Suspense boundary hydrates in its turn); both snapshots being equal,
 * it never redraws for them.
 */
function useRendersServerHtml(): boolean {
  const asked = { serverSnapshot: false };
  // React calls the getters during this call, synchronously, never after.
  // eslint-disable-next-line react-hooks/immutability
  useSyncExternalStore(noChange, same, () => ((asked.serverSnapshot = true), 0));
  return asked.serverSnapshot;
}

/** The hydrated components waiting to switch to the browser's rendering, one commit each. */
const switches = new OneAtATime();

/**
 * False while rendering on the server and during hydration, true after:
 * parts that depend on the browser (the map, charts, the current URL, today's
 * date) render the same placeholder as the prerendered HTML until then.
 *
 * After hydration each component switches in its own transition, the next once the last has
 * committed. Switched together, as a store whose snapshot differs from the server's makes React
 * do, every control enabled and every address rewritten was one commit, in the same task as
 * hydration's effects: the longest task of a page's start.
 */
export function useIsClient(): boolean {
  const rendersServerHtml = useRendersServerHtml();
  const [isClient, setIsClient] = useState(!rendersServerHtml);
  useEffect(() => {
    if (isClient) return;
    // Left when the switch has committed (this effect is then cleaned up) or the component unmounts.
    return switches.add(() => startTransition(() => setIsClient(true)));
  }, [isClient]);
  return isClient;
}
