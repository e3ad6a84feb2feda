import type { Browser } from '@playwright/test';
import { blockingOf, traceTasks } from './mainThreadTasks';

export interface MainThreadFigures {
  /** Over the main thread's tasks from first paint until the page is done: the time past 50 ms of each, summed (as TBT). */
  blockingMs: number;
  longestTaskMs: number;
}

/** Lighthouse's mobile slowdown, here applied by Chromium itself rather than simulated. */
const CPU_SLOWDOWN = 4;

async function measureOnce(browser: Browser, url: string): Promise<MainThreadFigures> {
  // A context of its own is a renderer process of its own: nothing is warm from the page before.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const trace = await traceTasks(page);
    // The first screen, as Lighthouse sees it: what loads once scrolled to (the Overview's map) is not counted.
    await page.goto(url, { waitUntil: 'networkidle' });
    // A page with React (its prerendered state is in the page) is done once it has hydrated; the written
    // stats and controls widget views have no React to wait for.
    await page.waitForFunction(
      () =>
        document.documentElement.dataset.ready === 'true' ||
        !document.querySelector('#drd-prerendered, #drd-prerendered-widget'),
      undefined,
      { timeout: 60_000 },
    );
    await page.waitForLoadState('networkidle');
    // Work the page left for idle time (checks, deferred charts) has started by then; its tasks are counted.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));
    const firstPaint = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    );
    const tasks = await trace.stop();
    return blockingOf(tasks.filter((task) => task.start >= firstPaint).map((task) => task.duration));
  } finally {
    await context.close();
  }
}

/**
 * What a reader's main thread is blocked for on a first visit, without Lighthouse's tracing or its
 * simulation: the page opened `runs` times, each in a fresh browser context, its CPU 4× slower, until
 * it has hydrated and its network and main thread are idle; the median of each figure.
 */
export async function measureMainThread(browser: Browser, url: string, runs: number): Promise<MainThreadFigures> {
  const samples: MainThreadFigures[] = [];
  for (let run = 0; run < runs; run += 1) samples.push(await measureOnce(browser, url));
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return {
    blockingMs: median(samples.map((sample) => sample.blockingMs)),
    longestTaskMs: median(samples.map((sample) => sample.longestTaskMs)),
  };
}
