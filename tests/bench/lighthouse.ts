import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import Trace from 'lighthouse/core/gather/gatherers/trace.js';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { chromiumArgs, chromiumPath } from '../support/chromium';
import { heldFirstPaintMs, heldPaintTraceCategory, runsToCount, wantsAnotherRun } from './heldPaint';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  /** Each counted run's TBT, in the order run: on this machine one page's runs spread by 100 ms and more. */
  tbtEachRunMs: number[];
  /**
   * Lighthouse's measure of the machine's speed as each counted run began (its benchmarkIndex;
   * higher is faster): the same page reads differently on a slower or busier machine.
   */
  benchmarkIndexEachRun: number[];
  /** How long the compositor held the first paint in each run made, in order; 0 if it did not (see `heldFirstPaintMs`). */
  heldPaintEachRunMs: number[];
  /** Every run's first paint was held, so the figures are of held runs. */
  everyRunHeld: boolean;
  cls: number;
}

/**
 * `BENCH_LIGHTHOUSE_TRACE=lean`: a diagnostic run, not the measure issue 14's targets are set in.
 * Lighthouse 12.2.3 records every style invalidation with its JavaScript stack (for its layout-shift
 * root causes). Deep in React's commit, that makes each DOM change cost several milliseconds in
 * the trace whose tasks Lighthouse's simulation then scales by 4; a browser without the trace
 * pays a fraction of one. Without that one category, the run shows what the page itself costs.
 */
export const leanTrace = process.env.BENCH_LIGHTHOUSE_TRACE === 'lean';
if (leanTrace) {
  const categories = Trace.getDefaultTraceCategories.bind(Trace);
  Trace.getDefaultTraceCategories = () =>
    categories().filter((category) => category !== 'disabled-by-default-devtools.timeline.invalidationTracking');
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
type Run = { report: Report; heldPaintMs: number };

/**
 * chrome-launcher's own flags and ours, but with Chromium's own default for RenderDocument, as in
 * the browsers readers use: chrome-launcher 1.2.1 turns it off for Lighthouse's tests. With it off,
 * the page's first frames went undrawn and the compositor held back its first paint by a second
 * (`heldFirstPaintMs`) in most runs of four of the nine pages on this machine; with it on, in
 * none of 54. A second `--disable-features` would replace chrome-launcher's list, so the list is
 * edited.
 */
export const lighthouseChromeFlags = [
  ...chromeLauncher.Launcher.defaultFlags().map((flag) =>
    flag.startsWith('--disable-features=')
      ? `--disable-features=${flag
          .slice('--disable-features='.length)
          .split(',')
          .filter((feature) => feature !== 'RenderDocument')
          .join(',')}`
      : flag,
  ),
  ...chromiumArgs,
];

async function runOnce(url: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: lighthouseChromeFlags,
    ignoreDefaultFlags: true,
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      },
      { extends: 'lighthouse:default', settings: { additionalTraceCategories: heldPaintTraceCategory } },
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return { report: result.lhr, heldPaintMs: heldFirstPaintMs(result.artifacts.Trace.traceEvents) };
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse's default mobile run (simulated throttling) on Debian's Chromium, until `runs`
 * runs count, reported from the median run as Lighthouse picks it (closest to the median FCP
 * and TTI): one run's score moves by several points on a busy machine. A run whose first paint
 * the compositor held is set aside and replaced, up to as many runs again.
 */
export async function runLighthouse(url: string, runs: number): Promise<LighthouseFigures> {
  const done: Run[] = [];
  while (wantsAnotherRun(done, runs)) done.push(await runOnce(url));
  const reports = runsToCount(done).map((run) => run.report);
  const valid = filterToValidRuns(reports);
  if (valid.length === 0) throw new Error(`No Lighthouse run of ${url} measured FCP and TTI`);
  const { categories, audits } = computeMedianRun(valid);
  const score = (name: string) => Math.round((categories[name]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? NaN),
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
    tbtEachRunMs: reports.map((report) => Math.round(report.audits['total-blocking-time']?.numericValue ?? NaN)),
    benchmarkIndexEachRun: reports.map((report) => Math.round(report.environment.benchmarkIndex)),
    heldPaintEachRunMs: done.map((run) => run.heldPaintMs),
    everyRunHeld: done.every((run) => run.heldPaintMs > 0),
    cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
  };
}
