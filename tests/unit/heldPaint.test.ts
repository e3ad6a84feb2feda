import { describe, expect, it } from 'vitest';
import { heldFirstPaintMs, runsToCount, wantsAnotherRun } from '../bench/heldPaint';

const page = 7;
const gpu = 3;
const ms = (value: number) => 1_000_000 + value * 1000;
const navigation = {
  name: 'navigationStart',
  ts: ms(0),
  pid: page,
  args: { data: { documentLoaderURL: 'http://localhost:4180/data/' } },
};
const firstPaint = (at: number) => ({ name: 'firstContentfulPaint', ts: ms(at), pid: page });
const decision = (at: number, reason: string, send: boolean) => ({
  name: 'SendBeginFrameDecision',
  ts: ms(at),
  pid: gpu,
  args: { reason, should_send: send },
});
/** One decision a frame (60 Hz) from `from` to `to` ms. */
const frames = (from: number, to: number, reason: string, send: boolean) =>
  Array.from({ length: Math.floor((to - from) / 16.7) + 1 }, (_, index) => decision(from + index * 16.7, reason, send));

describe('heldFirstPaintMs', () => {
  it('measures the frames withheld before the first paint, as in a run whose paint came a second late', () => {
    const events = [
      navigation,
      ...frames(0, 200, 'SendDefault', true),
      ...frames(212, 1195, 'ThrottleUndrawnFrames', false),
      decision(1210, 'SendFrameTiming', true),
      firstPaint(1243),
    ];
    expect(heldFirstPaintMs(events)).toBe(969);
  });

  it('is 0 for a frame or two withheld, which any paint may wait', () => {
    const events = [
      navigation,
      ...frames(0, 200, 'SendDefault', true),
      decision(212, 'ThrottleUndrawnFrames', false),
      decision(229, 'ThrottleUndrawnFrames', false),
      firstPaint(269),
    ];
    expect(heldFirstPaintMs(events)).toBe(0);
  });

  it('counts neither frames withheld after the first paint nor frames the page did not ask for', () => {
    const events = [
      navigation,
      ...frames(0, 600, 'StopNotRequested', false),
      firstPaint(620),
      ...frames(700, 1700, 'ThrottleUndrawnFrames', false),
    ];
    expect(heldFirstPaintMs(events)).toBe(0);
  });

  it('is 0 for a trace recorded without the compositor category', () => {
    expect(heldFirstPaintMs([navigation, firstPaint(269)])).toBe(0);
  });
});

describe('runs to count', () => {
  const run = (heldPaintMs: number) => ({ heldPaintMs });

  it('sets held runs aside, and runs again until enough count or twice as many were made', () => {
    expect(runsToCount([run(0), run(981), run(0)])).toEqual([run(0), run(0)]);
    expect(wantsAnotherRun([run(0), run(981), run(0)], 3)).toBe(true);
    expect(wantsAnotherRun([run(0), run(981), run(0), run(0)], 3)).toBe(false);
    expect(wantsAnotherRun([run(981), run(983), run(981), run(0), run(981)], 3)).toBe(true);
    expect(wantsAnotherRun([run(981), run(983), run(981), run(0), run(981), run(981)], 3)).toBe(false);
  });

  it('counts every run when every one was held, rather than none', () => {
    expect(runsToCount([run(981), run(2015)])).toEqual([run(981), run(2015)]);
  });
});
