import { toCsv, type CsvCell } from '../../lib/csv';
import type { BarValue } from './chartData';

const kindNames: Record<BarValue['kind'], string> = {
  exact: 'exact',
  range: 'range',
  atLeast: 'at_least',
  notReported: 'not_reported',
  noData: 'no_data',
  share: 'share_percent',
};

/** kind, min, max: an unknown bound stays empty, never 0; a share's bounds are percentages, as its kind says. */
export function barCells(bar: BarValue): CsvCell[] {
  const known = bar.kind !== 'notReported' && bar.kind !== 'noData';
  return [kindNames[bar.kind], known ? bar.min : null, known ? bar.max : null];
}

const measureHeader = (name: string) => [`${name}_kind`, `${name}_min`, `${name}_max`];

/** Received and disclosed for each row, and accounts specified where the rows carry them. */
export function receivedDisclosedCsv(
  keyHeader: string[],
  rows: { keys: CsvCell[]; received: BarValue; disclosed: BarValue; accounts?: BarValue }[],
): string {
  const withAccounts = rows.some((row) => row.accounts);
  return toCsv(
    [
      ...keyHeader,
      ...measureHeader('received'),
      ...measureHeader('disclosed'),
      ...(withAccounts ? measureHeader('accounts_specified') : []),
    ],
    rows.map((row) => [
      ...row.keys,
      ...barCells(row.received),
      ...barCells(row.disclosed),
      ...(withAccounts && row.accounts ? barCells(row.accounts) : []),
    ]),
  );
}

export function rateCsv(rows: { period: string; rate: BarValue }[]): string {
  return toCsv(
    ['period', ...measureHeader('disclosure_rate_percent')],
    rows.map((row) => [row.period, ...barCells(row.rate)]),
  );
}

export function requestsFileName(chart: string, dataVersion: string, from: string, to: string): string {
  return `access-requests_${chart}_v${dataVersion.replace(/[^\w.-]+/g, '-')}_${from}_${to}.csv`;
}
