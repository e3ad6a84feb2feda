import { startTransition, useCallback, useEffect, useState, type RefObject } from 'react';
import { importAgain } from './importAgain';
import { TaskQueue } from './taskQueue';

/** Charts of a page take turns: one draws per task. */
const drawQueue = new TaskQueue();

/**
 * The retries of the charts whose code failed to load, by the loader they share: once one of them
 * loads it (its reader pressed Retry), the others try again too, rather than each waiting for its own press.
 */
const failedLoads = new Map<() => Promise<unknown>, Set<() => void>>();

function retryOthersOf(load: () => Promise<unknown>) {
  const retries = failedLoads.get(load);
  failedLoads.delete(load);
  retries?.forEach((retryOne) => retryOne());
}

/** Draws a little before the element scrolls into view, so the reader rarely sees the wait. */
const drawAhead = '200px 0px';

export type DeferredLoad<T> =
  { status: 'waiting' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown; retry: () => void };

/**
 * Loads `load` once `target` is near the viewport (at once where there is no IntersectionObserver),
 * in its turn among the page's charts, and says if it failed, with a retry: a chunk that fails to
 * load (a flaky network, a deployment that removed it) must not leave an empty box.
 */
export function useDeferredLoad<T>(load: () => Promise<T>, target: RefObject<Element | null>): DeferredLoad<T> {
  const [state, setState] = useState<DeferredLoad<T>>({ status: 'waiting' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setState({ status: 'waiting' });
    setAttempt((count) => count + 1);
  }, []);

  useEffect(
    function waitForTurn() {
      let mounted = true;
      let observer: IntersectionObserver | null = null;
      let leaveQueue = () => {};
      const join = () => {
        observer?.disconnect();
        leaveQueue = drawQueue.enqueue(async () => {
          try {
            const value = await (attempt === 0 ? load() : importAgain(load));
            retryOthersOf(load);
            // As a transition, React renders the chart in slices, yielding to input between them.
            if (mounted) startTransition(() => setState({ status: 'ready', value }));
          } catch (error) {
            if (mounted) {
              setState({ status: 'failed', error, retry });
              failedLoads.set(load, (failedLoads.get(load) ?? new Set()).add(retry));
            }
            throw error;
          }
        });
      };
      const element = target.current;
      if (attempt === 0 && element && typeof IntersectionObserver === 'function') {
        observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && join(), {
          rootMargin: drawAhead,
        });
        observer.observe(element);
      } else {
        join();
      }
      return function stopWaiting() {
        mounted = false;
        observer?.disconnect();
        leaveQueue();
        failedLoads.get(load)?.delete(retry);
      };
    },
    [load, target, attempt, retry],
  );
  return state;
}
