import type { CountTotal } from '../../lib/counts';
import { summarizeTotal } from '../../lib/counts';
import { disclosureShare, publishesShares, type ReceivedAndDisclosed, type ShareSummary } from '../../lib/disclosures';

/**
 * How one bar is drawn: known part solid, uncertain part hatched, unknown parts marked.
 * `share` is a disclosure published as a percentage of the requests: it is labelled as a
 * share and never drawn as a count.
 */
export type BarKind = 'exact' | 'range' | 'atLeast' | 'notReported' | 'noData' | 'share';

export interface BarValue {
  kind: BarKind;
  /** Known lower bound (a percentage for a share). */
  min: number;
  /** Upper bound, when there is one (a percentage for a share). */
  max: number | null;
  /** True when every part is suppressed (so the range reads "fewer than N"). */
  suppressedOnly: boolean;
}

export function barFromTotal(total: CountTotal): BarValue {
  const summary = summarizeTotal(total);
  const suppressedOnly = total.suppressedParts > 0 && total.bandParts === 0 && total.min === 0;
  switch (summary.kind) {
    case 'exact':
      return { kind: 'exact', min: summary.value, max: summary.value, suppressedOnly: false };
    case 'range':
      return { kind: 'range', min: summary.min, max: summary.max, suppressedOnly };
    case 'atLeast':
      return { kind: 'atLeast', min: summary.min, max: null, suppressedOnly: false };
    case 'notReported':
      return { kind: 'notReported', min: 0, max: null, suppressedOnly: false };
    case 'noData':
      return { kind: 'noData', min: 0, max: null, suppressedOnly: false };
  }
}

/** Disclosures as a count where every part is one; as the share of requests where any part is a share. */
export function barFromDisclosures(cell: ReceivedAndDisclosed): BarValue {
  if (!publishesShares(cell)) return barFromTotal(cell.disclosed.counts);
  const bar = barFromRate(disclosureShare(cell));
  return bar.kind === 'exact' || bar.kind === 'range' ? { ...bar, kind: 'share' } : bar;
}

/** Rates in percent, drawn with the same encoding as counts. */
export function barFromRate(rate: ShareSummary): BarValue {
  switch (rate.kind) {
    case 'exact':
      return { kind: 'exact', min: rate.value * 100, max: rate.value * 100, suppressedOnly: false };
    case 'range':
      return { kind: 'range', min: rate.min * 100, max: rate.max * 100, suppressedOnly: false };
    case 'unknown':
      return { kind: 'notReported', min: 0, max: null, suppressedOnly: false };
    case 'noRequests':
      return { kind: 'noData', min: 0, max: null, suppressedOnly: false };
  }
}

/** The extent a bar is drawn to; markers for zero and unknown values are added by the shape. */
export function barExtent(bar: BarValue): [number, number] {
  if (bar.kind === 'share') return [0, 0];
  return [0, bar.max ?? bar.min];
}

/** A round axis maximum (1, 2, 2.5 or 5 × 10ⁿ) with room above the tallest bar for its label. */
export function niceUpperBound(dataMax: number): number {
  const target = dataMax * 1.12;
  if (!(target > 0)) return 1;
  if (target <= 10) return Math.ceil(target);
  const power = 10 ** Math.floor(Math.log10(target));
  const step = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= target - 1e-9)!;
  return step * power;
}

/** Whole-number ticks from 0 to a bound made by niceUpperBound. */
export function axisTicks(upper: number): number[] {
  let intervals: number;
  if (upper <= 5) intervals = upper;
  else if (upper <= 10) intervals = Math.ceil(upper / 2);
  else intervals = upper / 10 ** Math.floor(Math.log10(upper)) === 2 ? 4 : 5;
  const step = upper / Math.max(intervals, 1);
  return Array.from({ length: Math.max(intervals, 1) + 1 }, (_, index) => Math.round(index * step));
}
