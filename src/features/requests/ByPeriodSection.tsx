import { useMemo } from 'react';
import type { AccessRequestCount, RequestCategory } from '../../api/schemas';
import { useI18n } from '../../i18n/I18nProvider';
import { Quote, Quoting } from '../../components/Quoting';
import { downloadText } from '../../lib/download';
import { panelsByCategory, sumCells, type PeriodCategoryTotals } from './aggregate';
import { barLabel } from './barLabel';
import { ChartFigure } from './ChartFigure';
import { barFromDisclosures, barFromTotal } from './chartData';
import { CountTable } from './CountTable';
import { ReceivedDisclosedChart } from './ReceivedDisclosedChart';
import { useCategoryName } from './useCategoryName';
import { receivedDisclosedCsv, requestsFileName } from './requestsCsv';

interface Props {
  rows: AccessRequestCount[];
  /** The rows' sums by period and category. */
  totals: PeriodCategoryTotals;
  categories: RequestCategory[];
  dataVersion: string;
}

/** Small multiples: one panel per category, received beside disclosed for each period. */
export function ByPeriodSection({ rows, totals, categories, dataVersion }: Props) {
  const i18n = useI18n();
  const { t, periodLabel } = i18n;
  const panels = useMemo(() => panelsByCategory(totals), [totals]);
  const quoteOf = useCategoryName(categories);
  // Accounts specified is a figure some reports give: its column shows where the data has it.
  const showsAccounts = useMemo(() => rows.some((row) => row.accountsSpecified), [rows]);
  const periods = panels[0]?.periods.map((cell) => cell.period) ?? [];
  const first = periods[0]!;
  const last = periods.at(-1)!;
  const overall = sumCells(panels.map((panel) => panel.total));
  const overallDisclosed = barFromDisclosures(overall);
  const bars = panels.map((panel) => ({
    category: panel.category,
    total: { received: barFromTotal(panel.total.received), disclosed: barFromDisclosures(panel.total) },
    periods: panel.periods.map(({ period, totals }) => ({
      period,
      received: barFromTotal(totals.received),
      disclosed: barFromDisclosures(totals),
      accounts: barFromTotal(totals.accounts),
    })),
  }));
  const tableRows = bars.flatMap((panel) => panel.periods.map((cell) => ({ category: panel.category, ...cell })));

  return (
    <ChartFigure
      id="by-period"
      title={t('requests.byPeriod.title')}
      summary={t(
        overallDisclosed.kind === 'notReported' ? 'requests.byPeriod.summaryUnknown' : 'requests.byPeriod.summary',
        {
          first: periodLabel(first),
          last: periodLabel(last),
          received: barLabel(barFromTotal(overall.received), i18n, 'long'),
          disclosed: barLabel(overallDisclosed, i18n, 'long'),
        },
      )}
      chart={
        <div className="small-multiples">
          {bars.map(({ category, total, periods: cells }) => {
            const name = quoteOf(category);
            const data = cells.map((cell) => ({ key: cell.period, label: periodLabel(cell.period), ...cell }));
            const captionId = `by-period-${category}`;
            return (
              <figure key={category} className="small-multiple" data-category={category}>
                <figcaption id={captionId}>
                  <Quoting
                    text={t('requests.byPeriod.panel', {
                      type: name.text,
                      received: barLabel(total.received, i18n, 'long'),
                      disclosed: barLabel(total.disclosed, i18n, 'long'),
                    })}
                    quotes={[name]}
                  />
                </figcaption>
                <ReceivedDisclosedChart data={data} orientation="vertical" height={220} labelledBy={captionId} />
              </figure>
            );
          })}
        </div>
      }
      table={
        <CountTable
          caption={t('requests.byPeriod.title')}
          headers={[t('requests.table.type'), t('requests.table.period')]}
          valueHeaders={[
            t('requests.table.received'),
            t('requests.table.disclosed'),
            ...(showsAccounts ? [t('requests.table.accounts')] : []),
          ]}
          rows={tableRows.map((row) => ({
            key: `${row.category}-${row.period}`,
            header: [<Quote key="category" quote={quoteOf(row.category)} />, periodLabel(row.period)],
            values: [row.received, row.disclosed, ...(showsAccounts ? [row.accounts] : [])],
          }))}
        />
      }
      onDownload={() =>
        downloadText(
          requestsFileName('by-period', dataVersion, first, last),
          receivedDisclosedCsv(
            ['period', 'category'],
            tableRows.map((row) => ({
              keys: [row.period, row.category],
              received: row.received,
              disclosed: row.disclosed,
              ...(showsAccounts ? { accounts: row.accounts } : {}),
            })),
          ),
          'text/csv;charset=utf-8',
        )
      }
    />
  );
}
