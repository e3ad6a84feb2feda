/**
 * The trace category whose events show the compositor withholding frames from the page.
 * Lighthouse records it when asked (`additionalTraceCategories`); it adds events in the GPU
 * process only, none on the page's main thread, whose tasks Lighthouse's simulation scales.
 */
export const heldPaintTraceCategory = 'viz';

/** Shorter runs of withheld frames are a few frames' wait that any paint may have. */
const heldPaintMinMs = 250;

/** viz's reasons for withholding a frame from a page it judges slow to draw or to answer. */
const withholdingReasons = new Set(['ThrottleUndrawnFrames', 'ThrottleUnresponsiveClient', 'StopUnresponsiveClient']);

interface TraceEvent {
  name: string;
  ts: number;
  pid: number;
  args?: { reason?: string; should_send?: boolean; data?: { documentLoaderURL?: string } };
}

/**
 * How long the compositor held back the page's first contentful paint, in ms; 0 if it did not.
 *
 * Headless Chromium 150 stops sending frames to a page whose first frames were not yet drawn
 * (viz's `ThrottleUndrawnFrames`), and sends the next one only a second later: the page, painted
 * on its main thread, reports its first paint a second (or two) late, with nothing running in
 * between. Lighthouse's simulation then counts every script fetched in that second as needed for
 * the first paint. It happens when RenderDocument is off, as chrome-launcher has it, and the
 * bench turns it back on (`lighthouseChromeFlags`); this is the check that no run counted was held.
 * Desktop browsers were not seen to do this (lighthouse#17148, #17230), so such a run measures
 * the test browser, not the page. The span is from the first to the last frame withheld before
 * the first contentful paint.
 */
export function heldFirstPaintMs(events: readonly TraceEvent[]): number {
  const navigation = events.find(
    (event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL?.startsWith('http'),
  );
  if (!navigation) return 0;
  const firstPaint = events.find(
    (event) => event.name === 'firstContentfulPaint' && event.pid === navigation.pid && event.ts > navigation.ts,
  );
  const until = firstPaint?.ts ?? Infinity;
  const withheld = events
    .filter(
      (event) =>
        event.name === 'SendBeginFrameDecision' &&
        event.args?.should_send === false &&
        withholdingReasons.has(event.args.reason ?? '') &&
        event.ts > navigation.ts &&
        event.ts < until,
    )
    .map((event) => event.ts)
    .sort((a, b) => a - b);
  if (withheld.length < 2) return 0;
  const spanMs = Math.round((withheld.at(-1)! - withheld[0]!) / 1000);
  return spanMs >= heldPaintMinMs ? spanMs : 0;
}

/** Runs whose first paint was not held; all of them if every one was. */
export function runsToCount<Run extends { heldPaintMs: number }>(runs: readonly Run[]): readonly Run[] {
  const unheld = runs.filter((run) => run.heldPaintMs === 0);
  return unheld.length > 0 ? unheld : runs;
}

/** Whether to run again: fewer than `wanted` runs count, and fewer than twice that were made. */
export function wantsAnotherRun(runs: readonly { heldPaintMs: number }[], wanted: number): boolean {
  return runs.filter((run) => run.heldPaintMs === 0).length < wanted && runs.length < wanted * 2;
}
