import { startTransition, useEffect, useState, type RefObject } from 'react';

type Job = () => Promise<void>;

const waiting: Job[] = [];
let pumping = false;

async function pump() {
  await waiting.shift()?.();
  if (waiting.length > 0) setTimeout(() => void pump(), 0);
  else pumping = false;
}

/** Draws a little before the element scrolls into view, so the reader rarely sees the wait. */
const drawAhead = '200px 0px';

/**
 * Null until this component's turn comes; then whatever `load` resolved to.
 * The turn comes once `target` is near the viewport (at once where there is no
 * IntersectionObserver), after hydration, one component per task. A page of
 * charts thus loads its chart code only when a chart is about to be seen, and
 * draws them one by one instead of in one long task that would freeze input.
 */
export function useTurn<T>(load: () => Promise<T>, target: RefObject<Element | null>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(
    function waitForTurn() {
      let mounted = true;
      let observer: IntersectionObserver | null = null;
      const join = () => {
        observer?.disconnect();
        waiting.push(async () => {
          const result = await load();
          // As a transition, React renders the chart in slices, yielding to input between them.
          if (mounted) startTransition(() => setValue(() => result));
        });
        if (!pumping) {
          pumping = true;
          setTimeout(() => void pump(), 0);
        }
      };
      const element = target.current;
      if (element && typeof IntersectionObserver === 'function') {
        observer = new IntersectionObserver(
          (entries) => {
            if (entries.some((entry) => entry.isIntersecting)) join();
          },
          { rootMargin: drawAhead },
        );
        observer.observe(element);
      } else {
        join();
      }
      return function leaveQueue() {
        mounted = false;
        observer?.disconnect();
      };
    },
    [load, target],
  );
  return value;
}
