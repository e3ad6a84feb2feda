import { useEffect, useState } from 'react';

/**
 * How many of `count` stages to show: none on the first render, then one more per browser task.
 * Drawing a heavy view in stages keeps each task short, so input is never held up for long.
 */
export function useOneStagePerTask(count: number): number {
  const [shown, setShown] = useState(0);
  useEffect(
    function showNextStage() {
      if (shown >= count) return;
      const timer = setTimeout(() => setShown((stage) => stage + 1), 0);
      return () => clearTimeout(timer);
    },
    [shown, count],
  );
  return Math.min(shown, count);
}
