import { useMemo } from 'react';
import { requesterType, type AccessRequestCount } from '../../api/schemas';
import { useI18n } from '../../i18n/I18nProvider';
import { downloadText } from '../../lib/download';
import { panelsByType, sumCells, totalsByPeriodAndType } from './aggregate';
import { barLabel } from './barLabel';
import { ChartFigure } from './ChartFigure';
import { barFromTotal } from './chartData';
import { CountTable } from './CountTable';
import { ReceivedDisclosedChart } from './ReceivedDisclosedChart';
import { receivedDisclosedCsv, requestsFileName } from './requestsCsv';

interface Props {
  rows: AccessRequestCount[];
  dataVersion: string;
}

/** Small multiples: one panel per requester type, received beside disclosed for each period. */
export function ByPeriodSection({ rows, dataVersion }: Props) {
  const i18n = useI18n();
  const { t, periodLabel } = i18n;
  const panels = useMemo(() => panelsByType(totalsByPeriodAndType(rows, requesterType.options)), [rows]);
  const periods = panels[0]?.periods.map((cell) => cell.period) ?? [];
  const first = periods[0]!;
  const last = periods.at(-1)!;
  const overall = sumCells(panels.map((panel) => panel.total));
  const bars = panels.map((panel) => ({
    type: panel.type,
    total: { received: barFromTotal(panel.total.received), disclosed: barFromTotal(panel.total.disclosed) },
    periods: panel.periods.map(({ period, totals }) => ({
      period,
      received: barFromTotal(totals.received),
      disclosed: barFromTotal(totals.disclosed),
    })),
  }));
  const tableRows = bars.flatMap((panel) => panel.periods.map((cell) => ({ type: panel.type, ...cell })));

  return (
    <ChartFigure
      id="by-period"
      title={t('requests.byPeriod.title')}
      summary={t('requests.byPeriod.summary', {
        first: periodLabel(first),
        last: periodLabel(last),
        received: barLabel(barFromTotal(overall.received), i18n, 'long'),
        disclosed: barLabel(barFromTotal(overall.disclosed), i18n, 'long'),
      })}
      chart={
        <div className="small-multiples">
          {bars.map(({ type, total, periods: cells }) => {
            const data = cells.map((cell) => ({ key: cell.period, label: periodLabel(cell.period), ...cell }));
            const captionId = `by-period-${type}`;
            return (
              <figure key={type} className="small-multiple" data-requester-type={type}>
                <figcaption id={captionId}>
                  {t('requests.byPeriod.panel', {
                    type: t(`requester.${type}`),
                    received: barLabel(total.received, i18n, 'long'),
                    disclosed: barLabel(total.disclosed, i18n, 'long'),
                  })}
                </figcaption>
                <ReceivedDisclosedChart data={data} orientation="vertical" height={220} describedBy={captionId} />
              </figure>
            );
          })}
        </div>
      }
      table={
        <CountTable
          caption={t('requests.byPeriod.title')}
          headers={[t('requests.table.type'), t('requests.table.period')]}
          valueHeaders={[t('requests.table.received'), t('requests.table.disclosed')]}
          rows={tableRows.map((row) => ({
            key: `${row.type}-${row.period}`,
            header: [t(`requester.${row.type}`), periodLabel(row.period)],
            values: [row.received, row.disclosed],
          }))}
        />
      }
      onDownload={() =>
        downloadText(
          requestsFileName('by-period', dataVersion, first, last),
          receivedDisclosedCsv(
            ['period', 'requester_type'],
            tableRows.map((row) => ({
              keys: [row.period, row.type],
              received: row.received,
              disclosed: row.disclosed,
            })),
          ),
          'text/csv;charset=utf-8',
        )
      }
    />
  );
}
