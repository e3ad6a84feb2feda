import { useEffect, useState } from 'react';

const waiting: (() => void)[] = [];
let pumping = false;

function pump() {
  waiting.shift()?.();
  if (waiting.length > 0) setTimeout(pump, 0);
  else pumping = false;
}

/**
 * False until this component's turn comes, one component per task, after
 * hydration. A page of charts then draws them one by one instead of in one
 * long task that would freeze input.
 */
export function useTurn(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(function waitForTurn() {
    let mounted = true;
    waiting.push(() => {
      if (mounted) setReady(true);
    });
    if (!pumping) {
      pumping = true;
      setTimeout(pump, 0);
    }
    return function leaveQueue() {
      mounted = false;
    };
  }, []);
  return ready;
}
