import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import Trace from 'lighthouse/core/gather/gatherers/trace.js';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { chromiumArgs, chromiumPath } from '../support/chromium';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  /** Each run's TBT, in the order run: on this machine one page's runs spread by 100 ms and more. */
  tbtEachRunMs: number[];
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

async function runOnce(url: string): Promise<Report> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: chromiumArgs,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse's default mobile run (simulated throttling) on Debian's Chromium,
 * `runs` times, reported from the median run as Lighthouse picks it (closest to the
 * median FCP and TTI): one run's score moves by several points on a busy machine.
 */
export async function runLighthouse(url: string, runs: number): Promise<LighthouseFigures> {
  const reports: Report[] = [];
  for (let run = 0; run < runs; run += 1) reports.push(await runOnce(url));
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
    cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
  };
}
