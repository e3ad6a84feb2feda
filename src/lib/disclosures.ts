import { isShare, type AccessRequestCount } from '../api/schemas';
import { addCount, countBounds, emptyTotal, mergeTotals, type CountTotal } from './counts';

/**
 * Disclosures over a set of rows, some of which may publish a share of the requests
 * ("some data was produced for 62%") rather than a count. Counts are only ever added to
 * counts; a share is never turned into a count.
 */
export interface DisclosureTotal {
  /** The disclosure counts added up, over the rows that publish a count. */
  counts: CountTotal;
  /** Rows that publish a share instead of a count. */
  shareParts: number;
  /** Bounds on how many requests led to a disclosure, shares weighted by their requests. */
  disclosedMin: number;
  /** Null when a part is not reported. */
  disclosedMax: number | null;
  /** The lowest and highest share any row with requests can have, in 0–1. */
  rowShareMin: number;
  rowShareMax: number;
  /** A row's share cannot be known: its disclosures or its requests are not reported. */
  unknownShare: boolean;
}

export interface ReceivedAndDisclosed {
  received: CountTotal;
  disclosed: DisclosureTotal;
}

export const emptyDisclosures: DisclosureTotal = {
  counts: emptyTotal,
  shareParts: 0,
  disclosedMin: 0,
  disclosedMax: 0,
  rowShareMin: 1,
  rowShareMax: 0,
  unknownShare: false,
};

export const emptyCell: ReceivedAndDisclosed = { received: emptyTotal, disclosed: emptyDisclosures };

const addMax = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

/** Adds one row: its requests, and its disclosures as a count or as a share of those requests. */
export function addRow(
  cell: ReceivedAndDisclosed,
  row: Pick<AccessRequestCount, 'received' | 'disclosed'>,
): ReceivedAndDisclosed {
  const received = countBounds(row.received);
  const total = cell.disclosed;
  let disclosed: { min: number; max: number | null };
  let share: { min: number; max: number } | null;
  let counts = total.counts;
  let shareParts = total.shareParts;
  if (isShare(row.disclosed)) {
    shareParts += 1;
    const low = (row.disclosed.kind === 'share' ? row.disclosed.percent : row.disclosed.minPercent) / 100;
    const high = (row.disclosed.kind === 'share' ? row.disclosed.percent : row.disclosed.maxPercent) / 100;
    // A share above zero implies requests, so at least one disclosure; a zero share is zero whatever the requests.
    disclosed = {
      min: low > 0 ? Math.max(1, received.min * low) : 0,
      max: high === 0 ? 0 : received.max === null ? null : received.max * high,
    };
    // The share itself is published: it is known even where the number of requests is not.
    share = { min: low, max: high };
  } else {
    counts = addCount(counts, row.disclosed);
    disclosed = countBounds(row.disclosed);
    share =
      received.max === null || disclosed.max === null
        ? null
        : {
            min: received.max > 0 ? disclosed.min / received.max : 0,
            max: received.min > 0 ? Math.min(1, disclosed.max / received.min) : 1,
          };
  }
  // A row with no requests has no share: it weighs nothing in the whole.
  const weighs = received.max === null || received.max > 0;
  return {
    received: addCount(cell.received, row.received),
    disclosed: {
      counts,
      shareParts,
      disclosedMin: total.disclosedMin + disclosed.min,
      disclosedMax: addMax(total.disclosedMax, disclosed.max),
      rowShareMin: share && weighs ? Math.min(total.rowShareMin, share.min) : total.rowShareMin,
      rowShareMax: share && weighs ? Math.max(total.rowShareMax, share.max) : total.rowShareMax,
      unknownShare: total.unknownShare || share === null,
    },
  };
}

export function mergeCells(a: ReceivedAndDisclosed, b: ReceivedAndDisclosed): ReceivedAndDisclosed {
  return {
    received: mergeTotals(a.received, b.received),
    disclosed: {
      counts: mergeTotals(a.disclosed.counts, b.disclosed.counts),
      shareParts: a.disclosed.shareParts + b.disclosed.shareParts,
      disclosedMin: a.disclosed.disclosedMin + b.disclosed.disclosedMin,
      disclosedMax: addMax(a.disclosed.disclosedMax, b.disclosed.disclosedMax),
      rowShareMin: Math.min(a.disclosed.rowShareMin, b.disclosed.rowShareMin),
      rowShareMax: Math.max(a.disclosed.rowShareMax, b.disclosed.rowShareMax),
      unknownShare: a.disclosed.unknownShare || b.disclosed.unknownShare,
    },
  };
}

export function sumRows(rows: Iterable<Pick<AccessRequestCount, 'received' | 'disclosed'>>): ReceivedAndDisclosed {
  let cell = emptyCell;
  for (const row of rows) cell = addRow(cell, row);
  return cell;
}

/** True when the rows publish shares, so the whole can be stated as a share only. */
export const publishesShares = (cell: ReceivedAndDisclosed) => cell.disclosed.shareParts > 0;

export type ShareSummary =
  | { kind: 'exact'; value: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'unknown' }
  | { kind: 'noRequests' };

/**
 * The share of requests that led to a disclosure, in 0–1: the disclosures (shares weighted
 * by their requests) over the requests. Where a figure is hidden it is a range; where one is
 * not reported it cannot be known. The range is cut to the lowest and highest share of any
 * row, since a weighted average lies between them.
 */
export function disclosureShare({ received, disclosed }: ReceivedAndDisclosed): ShareSummary {
  if (received.parts === 0 || received.max === 0) return { kind: 'noRequests' };
  if (disclosed.unknownShare) return { kind: 'unknown' };
  // With a part not reported the sums say nothing, but every row's share is still known.
  const summed =
    received.max === null || disclosed.disclosedMax === null
      ? { min: 0, max: 1 }
      : {
          min: disclosed.disclosedMin / received.max,
          max: received.min > 0 ? disclosed.disclosedMax / received.min : 1,
        };
  const min = Math.max(summed.min, disclosed.rowShareMin);
  const max = Math.min(summed.max, disclosed.rowShareMax, 1);
  // Floating-point sums can cross by a hair when the bounds meet.
  if (max - min < 1e-9) return { kind: 'exact', value: (min + max) / 2 };
  return { kind: 'range', min, max };
}
