import { comparePeriodIds, sortedPeriods } from '../../api/periods';
import type { AccessRequestCount } from '../../api/schemas';
import { addRowInPlace, copyCell, emptyCell, mergeCells, type ReceivedAndDisclosed } from '../../lib/disclosures';

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
  return rows.filter(
    (row) =>
      (!filters.from || comparePeriodIds(row.period, filters.from) >= 0) &&
      (!filters.to || comparePeriodIds(row.period, filters.to) <= 0) &&
      (!categories || categories.has(row.category)) &&
      (!filters.country || row.country === filters.country),
  );
}

function groupBy<K>(rows: AccessRequestCount[], keyOf: (row: AccessRequestCount) => K): Map<K, ReceivedAndDisclosed> {
  const groups = new Map<K, ReceivedAndDisclosed>();
  for (const row of rows) {
    const key = keyOf(row);
    let sum = groups.get(key);
    if (!sum) groups.set(key, (sum = copyCell(emptyCell)));
    addRowInPlace(sum, row);
  }
  return groups;
}

export interface PeriodCategoryTotals {
  periods: string[];
  categories: string[];
  cell: (period: string, category: string) => ReceivedAndDisclosed;
}

/** Received and disclosed per period and category, summed over countries; categories in the package's order. */
export function totalsByPeriodAndCategory(
  rows: AccessRequestCount[],
  categoryOrder: readonly string[],
): PeriodCategoryTotals {
  const groups = groupBy(rows, (row) => `${row.period}|${row.category}`);
  const present = new Set(rows.map((row) => row.category));
  return {
    periods: periodsOf(rows),
    categories: categoryOrder.filter((category) => present.has(category)),
    cell: (period, category) => groups.get(`${period}|${category}`) ?? emptyCell,
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

export function totalsByPeriod(rows: AccessRequestCount[]): { period: string; totals: ReceivedAndDisclosed }[] {
  const groups = groupBy(rows, (row) => row.period);
  return periodsOf(rows).map((period) => ({ period, totals: groups.get(period)! }));
}

export interface CountryTotals {
  /** ISO code, or null for the "others" bucket. */
  country: string | null;
  countries: string[];
  totals: ReceivedAndDisclosed;
}

/** The `top` countries by requests received (known minimum first), then everyone else as one bucket. */
export function totalsByCountry(rows: AccessRequestCount[], period: string, top: number): CountryTotals[] {
  const groups = groupBy(
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
