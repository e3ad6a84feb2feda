import { useEffect, useState } from 'react';

type Job = () => Promise<void>;

const waiting: Job[] = [];
let pumping = false;

async function pump() {
  await waiting.shift()?.();
  if (waiting.length > 0) setTimeout(() => void pump(), 0);
  else pumping = false;
}

/**
 * Null until this component's turn comes, one component per task, after
 * hydration; then whatever `load` resolved to. A page of charts thus loads
 * its chart code once and draws the charts one by one, instead of in one long
 * task that would freeze input.
 */
export function useTurn<T>(load: () => Promise<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(
    function waitForTurn() {
      let mounted = true;
      waiting.push(async () => {
        const result = await load();
        if (mounted) setValue(() => result);
      });
      if (!pumping) {
        pumping = true;
        setTimeout(() => void pump(), 0);
      }
      return function leaveQueue() {
        mounted = false;
      };
    },
    [load],
  );
  return value;
}
