import type { CDPSession, Page } from '@playwright/test';

/**
 * The page's main-thread tasks are read from a trace, as Lighthouse reads them, not from the Long
 * Tasks API. Chromium runs a network response's callbacks in a task of the message loop that its
 * page scheduler does not see: the Long Tasks API does not report it, nor does the `toplevel` trace
 * category show it. A fetch whose `.then` parsed and checked 24,000 rows blocked the page for
 * 188 ms (a long animation frame with 170 ms of `Response.text.then`), and the API reported
 * nothing. The message loop's own `RunTask` events, in the DevTools timeline category, show it.
 */
export const taskTraceCategories = 'toplevel,disabled-by-default-devtools.timeline,blink.user_timing';

/** The scheduler's names for a top-level task of a thread (those Lighthouse counts as tasks). */
const topLevelTaskNames = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'ThreadControllerImpl::DoWork',
  'TaskQueueManager::ProcessTaskFromWorkQueue',
]);

/** A mark the page makes as tracing stops: it ties the trace's clock to the page's and names its main thread. */
export const clockMarkName = 'bench-clock';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { startTime?: number }; chrome_mojo_event_info?: { mojo_interface_tag?: string } };
}

/**
 * A message of the DevTools protocol to the page: the harness's own work (Playwright's script for
 * `evaluate` and `waitForFunction` is 330 KB, and compiling it took 45 ms at 4× slower CPU), which
 * no reader's browser does. The Long Tasks API never reported it.
 */
const isDevToolsMessage = (event: TraceEvent) =>
  event.name === 'Receive mojo message' &&
  event.args?.chrome_mojo_event_info?.mojo_interface_tag === 'blink.mojom.DevToolsSession';

/** A task, in ms on the page's clock (performance.now()). */
export interface Task {
  start: number;
  duration: number;
}

/**
 * The page's own top-level tasks on the thread that made the clock mark, before the mark, on the
 * page's clock. Left out: tasks after the mark, which are the trace's own (each thread writes out
 * its events as tracing ends: 60–70 ms at 4× slower CPU), and tasks that receive a DevTools
 * message. A task that runs inside another (a nested run loop) is part of the outer one, so it is
 * not counted again.
 */
export function mainThreadTasks(events: readonly TraceEvent[]): Task[] {
  const mark = events.find((event) => event.name === clockMarkName);
  const markTime = mark?.args?.data?.startTime;
  if (!mark || markTime === undefined) throw new Error(`the trace has no ${clockMarkName} mark`);
  const toPageMs = (ts: number) => markTime + (ts - mark.ts) / 1000;
  const onMainThread = events.filter(
    (event) => event.pid === mark.pid && event.tid === mark.tid && event.ts < mark.ts && event.ph === 'X',
  );
  const devToolsMessages = onMainThread.filter(isDevToolsMessage).map((event) => event.ts);
  const tasks = onMainThread
    .filter((event) => topLevelTaskNames.has(event.name) && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const outer: Task[] = [];
  let outerEnd = -Infinity;
  for (const task of tasks) {
    if (task.ts < outerEnd) continue;
    outerEnd = task.ts + task.dur!;
    if (devToolsMessages.some((ts) => ts >= task.ts && ts < outerEnd)) continue;
    outer.push({ start: toPageMs(task.ts), duration: task.dur! / 1000 });
  }
  return outer;
}

/** Blocking time as TBT counts it (each task's time past 50 ms, summed), and the longest task. */
export function blockingOf(durations: number[]): { blockingMs: number; longestTaskMs: number } {
  return {
    blockingMs: Math.round(durations.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0)),
    longestTaskMs: Math.round(Math.max(0, ...durations)),
  };
}

/** A trace of the page's tasks from now on (start it before the page loads); `stop` gives them. */
export async function traceTasks(page: Page): Promise<{ stop: () => Promise<Task[]> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: taskTraceCategories, transferMode: 'ReportEvents' });
  return {
    async stop() {
      await page.evaluate((name) => {
        performance.mark(name);
      }, clockMarkName);
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return mainThreadTasks(events);
    },
  };
}
