import type { Page } from '@playwright/test';

type Scope = { longTasks: [start: number, duration: number][] };

/** Records every long task of the page from its start (set up before it loads). */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const scope = window as unknown as Scope;
    scope.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) scope.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The durations of the page's long tasks so far, of those that started at `from` ms or later. */
export function longTaskDurations(page: Page, from = 0): Promise<number[]> {
  return page.evaluate(
    (since) =>
      (window as unknown as Scope).longTasks.filter(([start]) => start >= since).map(([, duration]) => duration),
    from,
  );
}

/** Blocking time as TBT counts it (each task's time past 50 ms, summed), and the longest task. */
export function blockingOf(durations: number[]): { blockingMs: number; longestTaskMs: number } {
  return {
    blockingMs: Math.round(durations.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0)),
    longestTaskMs: Math.round(Math.max(0, ...durations)),
  };
}
