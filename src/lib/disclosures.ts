import type { AccessRequestCount } from '../api/schemas';
import { isShare } from '../api/vocabulary';
import { addCountInPlace, countBounds, emptyTotal, mergeTotals, type CountTotal } from './counts';

interface Interval {
  min: number;
  max: number;
}

/**
 * Disclosures over a set of rows, some of which may publish a share of the requests
 * ("some data was produced for 62%") rather than a count. Counts are only ever added to
 * counts; a share is never shown as a count.
 */
export interface DisclosureTotal {
  /** The disclosure counts added up, over the rows that publish a count. */
  counts: CountTotal;
  /** Rows that publish a share instead of a count. */
  shareParts: number;
  /** Bounds on how many requests led to a disclosure, shares weighted by their requests; max null when unbounded. */
  disclosedMin: number;
  disclosedMax: number | null;
  /** Over the rows whose requests are bounded: those requests, and their disclosures. */
  bounded: { received: Interval; disclosed: Interval };
  /** The requests and disclosures of those rows at which their share is highest (highestShareFigures). */
  highest: { received: number; disclosed: number };
  /** The lowest and highest share of the rows whose requests are not reported (so weigh anything). */
  unbounded: Interval | null;
  /** The lowest and highest share any row with requests can have, in 0–1. */
  rowShare: Interval | null;
  /** A row's share cannot be known: its disclosures, or its requests and disclosures, are not reported. */
  unknownShare: boolean;
}

export interface ReceivedAndDisclosed {
  received: CountTotal;
  disclosed: DisclosureTotal;
  /** Accounts named in the requests; a row that gives no such figure counts as not reported. */
  accounts: CountTotal;
}

export const emptyDisclosures: DisclosureTotal = {
  counts: emptyTotal,
  shareParts: 0,
  disclosedMin: 0,
  disclosedMax: 0,
  bounded: { received: { min: 0, max: 0 }, disclosed: { min: 0, max: 0 } },
  highest: { received: 0, disclosed: 0 },
  unbounded: null,
  rowShare: null,
  unknownShare: false,
};

export const emptyCell: ReceivedAndDisclosed = {
  received: emptyTotal,
  disclosed: emptyDisclosures,
  accounts: emptyTotal,
};

type Row = Pick<AccessRequestCount, 'received' | 'disclosed' | 'accountsSpecified'>;
const notReported = { kind: 'notReported' } as const;

const addMax = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
const addInterval = (a: Interval, b: Interval): Interval => ({ min: a.min + b.min, max: a.max + b.max });
function addIntervalInPlace(sum: Interval, part: Interval): void {
  sum.min += part.min;
  sum.max += part.max;
}
const addFigures = (a: { received: number; disclosed: number }, b: { received: number; disclosed: number }) => ({
  received: a.received + b.received,
  disclosed: a.disclosed + b.disclosed,
});
const widen = (a: Interval | null, b: Interval | null): Interval | null =>
  a && b ? { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) } : (a ?? b);

/**
 * A row's requests and disclosures where they push a whole's share highest: as many requests as it
 * may have disclosed (within what it received), each disclosed. More requests than that would only
 * add requests without disclosures; fewer would leave out disclosures the figures allow. A row that
 * publishes a share gives its fewest requests and most disclosures, which can only overstate the
 * share.
 */
function highestShareFigures(received: Interval, disclosed: Interval, publishesShare: boolean) {
  if (publishesShare) return { received: received.min, disclosed: disclosed.max };
  const requests = Math.min(received.max, Math.max(received.min, disclosed.max));
  return { received: requests, disclosed: Math.min(disclosed.max, requests) };
}

/** One row's requests, disclosures and share, as intervals. */
function rowFigures(row: Pick<AccessRequestCount, 'received' | 'disclosed'>) {
  const received = countBounds(row.received);
  if (isShare(row.disclosed)) {
    const low = (row.disclosed.kind === 'share' ? row.disclosed.percent : row.disclosed.minPercent) / 100;
    const high = (row.disclosed.kind === 'share' ? row.disclosed.percent : row.disclosed.maxPercent) / 100;
    const max = high === 0 ? 0 : received.max === null ? null : received.max * high;
    return {
      received,
      disclosed: { min: received.min * low, max },
      // A share above zero implies requests, so at least one disclosure; a zero share is zero whatever the requests.
      atLeast: low > 0 ? Math.max(1, received.min * low) : 0,
      // The share is published: it is known even where the number of requests is not.
      share: { min: low, max: high } as Interval | null,
    };
  }
  const disclosed = countBounds(row.disclosed);
  const share =
    received.max === null || disclosed.max === null
      ? null
      : {
          min: received.max > 0 ? disclosed.min / received.max : 0,
          // A row with requests has at least one, and never discloses more than it received.
          max: Math.min(1, disclosed.max / Math.max(received.min, 1)),
        };
  return { received, disclosed, atLeast: disclosed.min, share };
}

/**
 * A cell of its own to add rows to in place: no part of it is shared with another cell or with
 * emptyCell, so summing many rows allocates once per cell rather than a new cell for every row.
 */
export function copyCell(cell: ReceivedAndDisclosed): ReceivedAndDisclosed {
  const { disclosed } = cell;
  return {
    received: { ...cell.received },
    accounts: { ...cell.accounts },
    disclosed: {
      ...disclosed,
      counts: { ...disclosed.counts },
      bounded: { received: { ...disclosed.bounded.received }, disclosed: { ...disclosed.bounded.disclosed } },
      highest: { ...disclosed.highest },
    },
  };
}

/**
 * Adds one row to a cell made by copyCell, in place: its requests, and its disclosures as a count
 * or as a share of those requests. Intervals that widen are replaced, never changed, as rowFigures'
 * may be one of them.
 */
export function addRowInPlace(cell: ReceivedAndDisclosed, row: Row): void {
  const { received, disclosed, atLeast, share } = rowFigures(row);
  const total = cell.disclosed;
  // A row with no requests has no share: it weighs nothing in the whole.
  const weighs = received.max === null || received.max > 0;
  addCountInPlace(cell.received, row.received);
  addCountInPlace(cell.accounts, row.accountsSpecified ?? notReported);
  if (isShare(row.disclosed)) total.shareParts += 1;
  else addCountInPlace(total.counts, row.disclosed);
  total.disclosedMin += atLeast;
  total.disclosedMax = addMax(total.disclosedMax, disclosed.max);
  if (received.max !== null && disclosed.max !== null) {
    const bounded = {
      received: { min: received.min, max: received.max },
      disclosed: { min: disclosed.min, max: disclosed.max },
    };
    addIntervalInPlace(total.bounded.received, bounded.received);
    addIntervalInPlace(total.bounded.disclosed, bounded.disclosed);
    const highest = highestShareFigures(bounded.received, bounded.disclosed, isShare(row.disclosed));
    total.highest.received += highest.received;
    total.highest.disclosed += highest.disclosed;
  }
  if (received.max === null && share) total.unbounded = widen(total.unbounded, share);
  if (share && weighs) total.rowShare = widen(total.rowShare, share);
  total.unknownShare ||= share === null;
}

export function mergeCells(a: ReceivedAndDisclosed, b: ReceivedAndDisclosed): ReceivedAndDisclosed {
  const x = a.disclosed;
  const y = b.disclosed;
  return {
    received: mergeTotals(a.received, b.received),
    accounts: mergeTotals(a.accounts, b.accounts),
    disclosed: {
      counts: mergeTotals(x.counts, y.counts),
      shareParts: x.shareParts + y.shareParts,
      disclosedMin: x.disclosedMin + y.disclosedMin,
      disclosedMax: addMax(x.disclosedMax, y.disclosedMax),
      bounded: {
        received: addInterval(x.bounded.received, y.bounded.received),
        disclosed: addInterval(x.bounded.disclosed, y.bounded.disclosed),
      },
      highest: addFigures(x.highest, y.highest),
      unbounded: widen(x.unbounded, y.unbounded),
      rowShare: widen(x.rowShare, y.rowShare),
      unknownShare: x.unknownShare || y.unknownShare,
    },
  };
}

export function sumRows(rows: Iterable<Row>): ReceivedAndDisclosed {
  const sum = copyCell(emptyCell);
  for (const row of rows) addRowInPlace(sum, row);
  return sum;
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
 * by their requests) over the requests. Where a figure is hidden it is a range; where a row's
 * share cannot be known, so is the whole's. Rows whose requests are not reported weigh anything,
 * so the whole lies between their shares and the rest's. Every range is also cut to the lowest
 * and highest share of any row, since a weighted average lies between them.
 */
export function disclosureShare({ received, disclosed }: ReceivedAndDisclosed): ShareSummary {
  if (received.parts === 0 || received.max === 0) return { kind: 'noRequests' };
  if (disclosed.unknownShare) return { kind: 'unknown' };
  const { bounded, highest, unbounded, rowShare } = disclosed;
  const known =
    bounded.received.max > 0
      ? {
          min: bounded.disclosed.min / bounded.received.max,
          // Requests there are, so at least one.
          max: highest.disclosed / Math.max(highest.received, 1),
        }
      : null;
  const whole = known && unbounded ? widen(known, unbounded) : (known ?? unbounded);
  if (!whole || !rowShare) return { kind: 'noRequests' };
  const min = Math.max(whole.min, rowShare.min);
  const max = Math.min(whole.max, rowShare.max, 1);
  // Floating-point sums can cross by a hair when the bounds meet.
  if (max - min < 1e-9) return { kind: 'exact', value: (min + max) / 2 };
  return { kind: 'range', min, max };
}
