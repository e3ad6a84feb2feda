import { describe, expect, it } from 'vitest';
import { blockingOf, clockMarkName, mainThreadTasks, type TraceEvent } from '../bench/mainThreadTasks';

const renderer = 7;
const main = 1;
const compositor = 2;
/** Trace time (µs) of a time on the page's clock (ms): the mark, made at 1,000 ms, is at 5,000,000 µs. */
const at = (pageMs: number) => 5_000_000 + (pageMs - 1000) * 1000;
const mark: TraceEvent = {
  name: clockMarkName,
  ph: 'I',
  ts: at(1000),
  pid: renderer,
  tid: main,
  args: { data: { startTime: 1000 } },
};
const task = (name: string, startMs: number, durationMs: number, thread = main, pid = renderer): TraceEvent => ({
  name,
  ph: 'X',
  ts: at(startMs),
  dur: durationMs * 1000,
  pid,
  tid: thread,
});

describe('mainThreadTasks', () => {
  it("gives the main thread's top-level tasks on the page's clock, whatever the trace's clock", () => {
    const tasks = mainThreadTasks([
      task('ThreadControllerImpl::RunTask', 20, 12),
      // A network response's callbacks: a task of the message loop, with no scheduler task around it.
      task('RunTask', 250, 188),
      task('BlinkScheduler_PerformMicrotaskCheckpoint', 250.5, 187),
      mark,
    ]);
    expect(tasks).toEqual([
      { start: 20, duration: 12 },
      { start: 250, duration: 188 },
    ]);
  });

  it('counts a task once, not again for the tasks run inside it', () => {
    const tasks = mainThreadTasks([
      mark,
      task('RunTask', 300, 80),
      task('ThreadControllerImpl::RunTask', 300.1, 79),
      // A nested run loop's task, inside the outer one.
      task('ThreadControllerImpl::RunTask', 340, 10),
      task('RunTask', 400, 5),
    ]);
    expect(tasks.map((each) => each.duration)).toEqual([80, 5]);
  });

  it("leaves out other threads' and other processes' tasks, and instant events", () => {
    const tasks = mainThreadTasks([
      mark,
      task('RunTask', 200, 90, compositor),
      task('RunTask', 200, 90, main, renderer + 1),
      { ...task('RunTask', 200, 90), ph: 'I' },
    ]);
    expect(tasks).toEqual([]);
  });

  it('leaves out the tasks after the mark, in which the page writes out its trace', () => {
    const tasks = mainThreadTasks([task('RunTask', 900, 20), mark, task('RunTask', 1001, 66)]);
    expect(tasks).toEqual([{ start: 900, duration: 20 }]);
  });

  it("leaves out the tasks in which the harness speaks to the page, such as Playwright's evaluate", () => {
    const devTools = (startMs: number, tag: string): TraceEvent => ({
      ...task('Receive mojo message', startMs, 55),
      args: { chrome_mojo_event_info: { mojo_interface_tag: tag } },
    });
    const tasks = mainThreadTasks([
      task('ThreadControllerImpl::RunTask', 400, 56),
      devTools(400.1, 'blink.mojom.DevToolsSession'),
      task('ThreadControllerImpl::RunTask', 500, 48),
      devTools(500.1, 'content.mojom.NavigationClient'),
      mark,
    ]);
    expect(tasks).toEqual([{ start: 500, duration: 48 }]);
  });

  it('refuses a trace without the clock mark rather than guess whose tasks are whose', () => {
    expect(() => mainThreadTasks([task('RunTask', 200, 90)])).toThrow(clockMarkName);
  });
});

describe('blockingOf', () => {
  it("sums each task's time past 50 ms, as TBT does, and gives the longest", () => {
    expect(blockingOf([30, 50, 80, 188])).toEqual({ blockingMs: 168, longestTaskMs: 188 });
    expect(blockingOf([])).toEqual({ blockingMs: 0, longestTaskMs: 0 });
  });
});
