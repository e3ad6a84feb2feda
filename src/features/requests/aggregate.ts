import { comparePeriodIds, sortedPeriods } from '../../api/periods';
import type { AccessRequestCount } from '../../api/schemas';
import {
  addRowInPlace,
  copyCell,
  emptyCell,
  mergeCells,
  sumRowsBy,
  type ReceivedAndDisclosed,
} from '../../lib/disclosures';

export interface RequestFilters {
  from: string | null;
  to: string | null;
  /** Category ids; empty means every category. */
  categories: string[];
  country: string | null;
}

/** Each period once, oldest first. */
export function periodsOf(rows: AccessRequestCount[]): string[] {
  return sortedPeriods(rows.map((row) => row.period));
}

export function filterRequests(rows: AccessRequestCount[], filters: RequestFilters): AccessRequestCount[] {
  const categories = filters.categories.length ? new Set(filters.categories) : null;
  const periodInRange = periodsInRangeOnce(filters);
  return rows.filter(
    (row) =>
      periodInRange(row.period) &&
      (!categories || categories.has(row.category)) &&
      (!filters.country || row.country === filters.country),
  );
}

/**
 * Whether a period lies between the filters' bounds, worked out once for each period: a table
 * has a few periods and thousands of rows, and comparing two period ids parses both (8–10 ms
 * over 24,000 rows). The answers are kept for these bounds only.
 */
function periodsInRangeOnce({ from, to }: Pick<RequestFilters, 'from' | 'to'>): (period: string) => boolean {
  const answers = new Map<string, boolean>();
  return (period) => {
    let inRange = answers.get(period);
    if (inRange === undefined) {
      inRange = (!from || comparePeriodIds(period, from) >= 0) && (!to || comparePeriodIds(period, to) <= 0);
      answers.set(period, inRange);
    }
    return inRange;
  };
}

export interface PeriodCategoryTotals {
  periods: string[];
  /** The categories of the package that have rows, in its order. */
  categories: string[];
  cell: (period: string, category: string) => ReceivedAndDisclosed;
  /** A period's total over every category of its rows, whether the package lists it or not. */
  periodTotal: (period: string) => ReceivedAndDisclosed;
}

/**
 * Received and disclosed per period and category, summed over countries: the one pass over the
 * rows that the charts by period and the rate by period share. Cells are kept by period, then by
 * category, so a row costs two lookups and no key to build.
 */
export function totalsByPeriodAndCategory(
  rows: AccessRequestCount[],
  categoryOrder: readonly string[],
): PeriodCategoryTotals {
  const byPeriod = new Map<string, Map<string, ReceivedAndDisclosed>>();
  for (const row of rows) {
    let cells = byPeriod.get(row.period);
    if (!cells) byPeriod.set(row.period, (cells = new Map()));
    let cell = cells.get(row.category);
    if (!cell) cells.set(row.category, (cell = copyCell(emptyCell)));
    addRowInPlace(cell, row);
  }
  const present = new Set([...byPeriod.values()].flatMap((cells) => [...cells.keys()]));
  return {
    periods: sortedPeriods(byPeriod.keys()),
    categories: categoryOrder.filter((category) => present.has(category)),
    cell: (period, category) => byPeriod.get(period)?.get(category) ?? emptyCell,
    periodTotal: (period) => sumCells([...(byPeriod.get(period)?.values() ?? [])]),
  };
}

/** Received and disclosed summed over several cells, keeping every hidden part hidden. */
export function sumCells(cells: ReceivedAndDisclosed[]): ReceivedAndDisclosed {
  return cells.reduce((sum, cell) => mergeCells(sum, cell), emptyCell);
}

export interface CategoryPanel {
  category: string;
  periods: { period: string; totals: ReceivedAndDisclosed }[];
  /** The category's total over every period shown. */
  total: ReceivedAndDisclosed;
}

/** One panel per category, with its per-period cells and their total. */
export function panelsByCategory(totals: PeriodCategoryTotals): CategoryPanel[] {
  return totals.categories.map((category) => {
    const periods = totals.periods.map((period) => ({ period, totals: totals.cell(period, category) }));
    return { category, periods, total: sumCells(periods.map((cell) => cell.totals)) };
  });
}

/** Each period's total over every category, oldest first. */
export function totalsByPeriod(totals: PeriodCategoryTotals): { period: string; totals: ReceivedAndDisclosed }[] {
  return totals.periods.map((period) => ({ period, totals: totals.periodTotal(period) }));
}

export interface CountryTotals {
  /** ISO code, or null for the "others" bucket. */
  country: string | null;
  countries: string[];
  totals: ReceivedAndDisclosed;
}

/** The `top` countries by requests received (known minimum first), then everyone else as one bucket. */
export function totalsByCountry(rows: AccessRequestCount[], period: string, top: number): CountryTotals[] {
  const groups = sumRowsBy(
    rows.filter((row) => row.period === period),
    (row) => row.country,
  );
  const ranked = [...groups.entries()]
    .map(([country, totals]) => ({ country, countries: [country], totals }))
    .sort(
      (a, b) =>
        b.totals.received.min - a.totals.received.min ||
        (b.totals.received.max ?? Infinity) - (a.totals.received.max ?? Infinity) ||
        a.country.localeCompare(b.country),
    );
  if (ranked.length <= top + 1) return ranked;
  const others = ranked.slice(top).reduce<CountryTotals>(
    (bucket, item) => ({
      country: null,
      countries: [...bucket.countries, item.country],
      totals: mergeCells(bucket.totals, item.totals),
    }),
    { country: null, countries: [], totals: emptyCell },
  );
  return [...ranked.slice(0, top), others];
}
