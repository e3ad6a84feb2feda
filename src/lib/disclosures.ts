import type { AccessRequestCount } from '../api/schemas';
import { isShare } from '../api/vocabulary';
import { addCountInPlace, countMax, countMin, emptyTotal, mergeTotals, type CountTotal } from './counts';

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
const addFigures = (a: { received: number; disclosed: number }, b: { received: number; disclosed: number }) => ({
  received: a.received + b.received,
  disclosed: a.disclosed + b.disclosed,
});
/**
 * The smallest interval holding both; `a` itself where it already holds `b`, so that a sum over many
 * rows makes no new object for a row inside it. Intervals are shared, never changed.
 */
function widen(a: Interval | null, b: Interval | null): Interval | null {
  if (!a || !b) return a ?? b;
  if (a.min <= b.min && a.max >= b.max) return a;
  return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}

/**
 * The requests a row counts where it pushes a whole's share highest: as many as it may have
 * disclosed (within what it received), each disclosed. More requests than that would only add
 * requests without disclosures; fewer would leave out disclosures the figures allow. A row that
 * publishes a share gives its fewest requests and most disclosures, which can only overstate the
 * share.
 */
function highestShareRequests(receivedMin: number, receivedMax: number, disclosedMax: number, publishesShare: boolean) {
  return publishesShare ? receivedMin : Math.min(receivedMax, Math.max(receivedMin, disclosedMax));
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
 * or as a share of those requests. The row's bounds are plain numbers rather than the five to eight
 * small objects they once were, because this runs once a row for every sum on the page (24,000
 * rows, several sums). The intervals that widen (unbounded, rowShare) are replaced, never changed:
 * copyCell shares them with the cell it copied.
 */
export function addRowInPlace(cell: ReceivedAndDisclosed, row: Row): void {
  const total = cell.disclosed;
  const figure = row.disclosed;
  const publishesShare = isShare(figure);
  const receivedMin = countMin(row.received);
  const receivedMax = countMax(row.received);
  let disclosedMin: number;
  let disclosedMax: number | null;
  /** The disclosures the row certainly adds. */
  let atLeast: number;
  /** The row's share of its requests that led to a disclosure, in 0–1, where it can be known. */
  let share: { min: number; max: number } | null = null;
  if (publishesShare) {
    const low = (figure.kind === 'share' ? figure.percent : figure.minPercent) / 100;
    const high = (figure.kind === 'share' ? figure.percent : figure.maxPercent) / 100;
    disclosedMin = receivedMin * low;
    disclosedMax = high === 0 ? 0 : receivedMax === null ? null : receivedMax * high;
    // A share above zero implies requests, so at least one disclosure; a zero share is zero whatever the requests.
    atLeast = low > 0 ? Math.max(1, receivedMin * low) : 0;
    // The share is published: it is known even where the number of requests is not.
    share = { min: low, max: high };
    total.shareParts += 1;
  } else {
    disclosedMin = countMin(figure);
    disclosedMax = countMax(figure);
    atLeast = disclosedMin;
    if (receivedMax !== null && disclosedMax !== null) {
      share = {
        min: receivedMax > 0 ? disclosedMin / receivedMax : 0,
        // A row with requests has at least one, and never discloses more than it received.
        max: Math.min(1, disclosedMax / Math.max(receivedMin, 1)),
      };
    }
    addCountInPlace(total.counts, figure);
  }
  addCountInPlace(cell.received, row.received);
  addCountInPlace(cell.accounts, row.accountsSpecified ?? notReported);
  total.disclosedMin += atLeast;
  total.disclosedMax = addMax(total.disclosedMax, disclosedMax);
  if (receivedMax !== null && disclosedMax !== null) {
    total.bounded.received.min += receivedMin;
    total.bounded.received.max += receivedMax;
    total.bounded.disclosed.min += disclosedMin;
    total.bounded.disclosed.max += disclosedMax;
    const requests = highestShareRequests(receivedMin, receivedMax, disclosedMax, publishesShare);
    total.highest.received += requests;
    total.highest.disclosed += publishesShare ? disclosedMax : Math.min(disclosedMax, requests);
  }
  if (share) {
    if (receivedMax === null) total.unbounded = widen(total.unbounded, share);
    // A row with no requests has no share: it weighs nothing in the whole.
    if (receivedMax === null || receivedMax > 0) total.rowShare = widen(total.rowShare, share);
  }
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

/** The rows summed by a key of each, in one pass over them. */
export function sumRowsBy<R extends Row, K>(rows: Iterable<R>, keyOf: (row: R) => K): Map<K, ReceivedAndDisclosed> {
  const sums = new Map<K, ReceivedAndDisclosed>();
  for (const row of rows) {
    const key = keyOf(row);
    let sum = sums.get(key);
    if (!sum) sums.set(key, (sum = copyCell(emptyCell)));
    addRowInPlace(sum, row);
  }
  return sums;
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
