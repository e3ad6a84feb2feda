import type { AccessRequestCount, RequesterType } from '../../api/schemas';
import {
  addCount,
  emptyTotal,
  mergeTotals,
  summarizeTotal,
  type CountTotal,
  type TotalSummary,
} from '../../lib/counts';

export interface RequestFilters {
  from: string | null;
  to: string | null;
  /** Empty means every requester type. */
  types: RequesterType[];
  country: string | null;
}

export interface ReceivedAndDisclosed {
  received: CountTotal;
  disclosed: CountTotal;
}

const emptyCell = (): ReceivedAndDisclosed => ({ received: emptyTotal, disclosed: emptyTotal });

const mergeCells = (a: ReceivedAndDisclosed, b: ReceivedAndDisclosed): ReceivedAndDisclosed => ({
  received: mergeTotals(a.received, b.received),
  disclosed: mergeTotals(a.disclosed, b.disclosed),
});

function addRow(cell: ReceivedAndDisclosed, row: AccessRequestCount): ReceivedAndDisclosed {
  return { received: addCount(cell.received, row.received), disclosed: addCount(cell.disclosed, row.disclosed) };
}

/** Period ids such as 2025-H1 sort chronologically as text. */
export function periodsOf(rows: AccessRequestCount[]): string[] {
  return [...new Set(rows.map((row) => row.period))].sort();
}

export function filterRequests(rows: AccessRequestCount[], filters: RequestFilters): AccessRequestCount[] {
  const types = filters.types.length ? new Set(filters.types) : null;
  return rows.filter(
    (row) =>
      (!filters.from || row.period >= filters.from) &&
      (!filters.to || row.period <= filters.to) &&
      (!types || types.has(row.requesterType)) &&
      (!filters.country || row.country === filters.country),
  );
}

function groupBy<K>(rows: AccessRequestCount[], keyOf: (row: AccessRequestCount) => K): Map<K, ReceivedAndDisclosed> {
  const groups = new Map<K, ReceivedAndDisclosed>();
  for (const row of rows) {
    const key = keyOf(row);
    groups.set(key, addRow(groups.get(key) ?? emptyCell(), row));
  }
  return groups;
}

export interface PeriodTypeTotals {
  periods: string[];
  types: RequesterType[];
  cell: (period: string, type: RequesterType) => ReceivedAndDisclosed;
}

/** Received and disclosed per period and requester type, summed over countries. */
export function totalsByPeriodAndType(
  rows: AccessRequestCount[],
  typeOrder: readonly RequesterType[],
): PeriodTypeTotals {
  const groups = groupBy(rows, (row) => `${row.period}|${row.requesterType}`);
  const present = new Set(rows.map((row) => row.requesterType));
  return {
    periods: periodsOf(rows),
    types: typeOrder.filter((type) => present.has(type)),
    cell: (period, type) => groups.get(`${period}|${type}`) ?? emptyCell(),
  };
}

/** Received and disclosed summed over several cells, keeping every hidden part hidden. */
export function sumCells(cells: ReceivedAndDisclosed[]): ReceivedAndDisclosed {
  return cells.reduce((sum, cell) => mergeCells(sum, cell), emptyCell());
}

export interface TypePanel {
  type: RequesterType;
  periods: { period: string; totals: ReceivedAndDisclosed }[];
  /** The type's total over every period shown. */
  total: ReceivedAndDisclosed;
}

/** One panel per requester type, with its per-period cells and their total. */
export function panelsByType(totals: PeriodTypeTotals): TypePanel[] {
  return totals.types.map((type) => {
    const periods = totals.periods.map((period) => ({ period, totals: totals.cell(period, type) }));
    return { type, periods, total: sumCells(periods.map((cell) => cell.totals)) };
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
    { country: null, countries: [], totals: emptyCell() },
  );
  return [...ranked.slice(0, top), others];
}

export type RateSummary =
  | { kind: 'exact'; value: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'unknown' }
  | { kind: 'noRequests' };

/**
 * Share of requests that led to a disclosure. With hidden parts it is a
 * range; with parts not reported it cannot be computed.
 */
export function disclosureRate({ received, disclosed }: ReceivedAndDisclosed): RateSummary {
  if (received.parts === 0 || received.notReportedParts > 0 || disclosed.notReportedParts > 0) {
    return received.parts === 0 ? { kind: 'noRequests' } : { kind: 'unknown' };
  }
  if (received.max === 0) return { kind: 'noRequests' };
  const receivedMax = received.max!;
  const disclosedMax = disclosed.max!;
  if (received.min === receivedMax && disclosed.min === disclosedMax) {
    return { kind: 'exact', value: disclosed.min / receivedMax };
  }
  const min = disclosed.min / receivedMax;
  const max = Math.min(1, disclosedMax / Math.max(received.min, 1));
  return min === max ? { kind: 'exact', value: min } : { kind: 'range', min, max };
}

export function summarize(cell: ReceivedAndDisclosed): { received: TotalSummary; disclosed: TotalSummary } {
  return { received: summarizeTotal(cell.received), disclosed: summarizeTotal(cell.disclosed) };
}
