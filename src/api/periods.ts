/**
 * Reporting periods: the one place that knows what a period id looks like, how
 * periods are ordered and which dates each one covers. A package uses one
 * granularity: years (2025), half-years (2025-H1) or quarters (2025-Q3).
 */
export type PeriodGranularity = 'year' | 'half' | 'quarter';

export interface PeriodParts {
  year: number;
  granularity: PeriodGranularity;
  /** 1 for a year, 1–2 for a half-year, 1–4 for a quarter. */
  part: number;
}

export const PERIOD_ID_PATTERN = /^(\d{4})(?:-([HQ])(\d))?$/;

/** A year, a half and a quarter: examples for messages that say which ids are allowed. */
export const periodIdExampleList = ['2025', '2025-H1', '2025-Q3'] as const;
/** The examples in one English phrase, for the build's and the contract's messages. */
export const periodIdExamples = '2025, 2025-H1 or 2025-Q3';

const monthsPer: Record<PeriodGranularity, number> = { year: 12, half: 6, quarter: 3 };

export function parsePeriodId(id: string): PeriodParts | null {
  const match = PERIOD_ID_PATTERN.exec(id);
  if (!match) return null;
  const year = Number(match[1]);
  if (!match[2]) return { year, granularity: 'year', part: 1 };
  const granularity: PeriodGranularity = match[2] === 'H' ? 'half' : 'quarter';
  const part = Number(match[3]);
  const parts = 12 / monthsPer[granularity];
  return part >= 1 && part <= parts ? { year, granularity, part } : null;
}

export function isPeriodId(id: string): boolean {
  return parsePeriodId(id) !== null;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The first and last calendar day a period id stands for, as ISO dates. */
export function periodDates(id: string): { start: string; end: string } | null {
  const parts = parsePeriodId(id);
  if (!parts) return null;
  const months = monthsPer[parts.granularity];
  const firstMonth = (parts.part - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(parts.year, lastMonth, 0)).getUTCDate();
  return {
    start: `${parts.year}-${pad(firstMonth)}-01`,
    end: `${parts.year}-${pad(lastMonth)}-${pad(lastDay)}`,
  };
}

/** Chronological order: by first day, then the longer period first. Unknown ids go last, as text. */
export function comparePeriodIds(a: string, b: string): number {
  const first = periodDates(a);
  const second = periodDates(b);
  if (!first || !second) return first ? -1 : second ? 1 : a.localeCompare(b);
  return first.start.localeCompare(second.start) || second.end.localeCompare(first.end);
}

/** Each period once, oldest first. */
export function sortedPeriods(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(comparePeriodIds);
}
