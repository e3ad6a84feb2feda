import type { Count } from '../api/schemas';

/** What a sum of published counts tells us. `max: null` means unbounded. */
export interface CountTotal {
  min: number;
  max: number | null;
  parts: number;
  exactParts: number;
  suppressedParts: number;
  bandParts: number;
  notReportedParts: number;
}

export type TotalSummary =
  | { kind: 'noData' }
  | { kind: 'exact'; value: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'atLeast'; min: number }
  | { kind: 'notReported' };

/** The least a single count allows. */
export function countMin(count: Count): number {
  switch (count.kind) {
    case 'exact':
      return count.value;
    case 'band':
      return count.min;
    case 'suppressed':
    case 'notReported':
      return 0;
  }
}

/** The most a single count allows; null where it allows anything (not reported). */
export function countMax(count: Count): number | null {
  switch (count.kind) {
    case 'exact':
      return count.value;
    case 'suppressed':
      return count.lessThan - 1;
    case 'band':
      return count.max;
    case 'notReported':
      return null;
  }
}

/** The interval a single count allows; a not-reported count allows anything. */
export function countBounds(count: Count): { min: number; max: number | null } {
  return { min: countMin(count), max: countMax(count) };
}

export const emptyTotal: CountTotal = {
  min: 0,
  max: 0,
  parts: 0,
  exactParts: 0,
  suppressedParts: 0,
  bandParts: 0,
  notReportedParts: 0,
};

/** Adds two totals: the bounds add up, and an unbounded part makes the sum unbounded. */
export function mergeTotals(a: CountTotal, b: CountTotal): CountTotal {
  return {
    min: a.min + b.min,
    max: a.max === null || b.max === null ? null : a.max + b.max,
    parts: a.parts + b.parts,
    exactParts: a.exactParts + b.exactParts,
    suppressedParts: a.suppressedParts + b.suppressedParts,
    bandParts: a.bandParts + b.bandParts,
    notReportedParts: a.notReportedParts + b.notReportedParts,
  };
}

/** The field of a total that counts the parts of each kind. */
const partsOfKind = {
  exact: 'exactParts',
  suppressed: 'suppressedParts',
  band: 'bandParts',
  notReported: 'notReportedParts',
} as const satisfies Record<Count['kind'], keyof CountTotal>;

/** Adds a count to a total of its own (not emptyTotal or another's), in place: for sums over many rows. */
export function addCountInPlace(total: CountTotal, count: Count): void {
  const max = countMax(count);
  total.min += countMin(count);
  total.max = total.max === null || max === null ? null : total.max + max;
  total.parts += 1;
  total[partsOfKind[count.kind]] += 1;
}

/** Sums counts without pretending that hidden or missing parts are known. */
export function sumCounts(counts: Iterable<Count>): CountTotal {
  const total = { ...emptyTotal };
  for (const count of counts) addCountInPlace(total, count);
  return total;
}

export function summarizeTotal(total: CountTotal): TotalSummary {
  if (total.parts === 0) return { kind: 'noData' };
  if (total.notReportedParts === total.parts) return { kind: 'notReported' };
  if (total.max === null) return { kind: 'atLeast', min: total.min };
  if (total.min === total.max) return { kind: 'exact', value: total.min };
  return { kind: 'range', min: total.min, max: total.max };
}

/** True only when every part is an exact zero: the claim "nothing was disclosed". */
export function isKnownZero(total: CountTotal): boolean {
  return total.parts > 0 && total.exactParts === total.parts && total.min === 0;
}
