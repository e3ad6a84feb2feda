import { useMemo } from 'react';
import { requesterType, type AccessRequestCount } from '../../api/schemas';
import { useI18n } from '../../i18n/I18nProvider';
import { sumCounts } from '../../lib/counts';
import { downloadText } from '../../lib/download';
import { totalsByPeriodAndType } from './aggregate';
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
  const totals = useMemo(() => totalsByPeriodAndType(rows, requesterType.options), [rows]);
  const first = totals.periods[0]!;
  const last = totals.periods.at(-1)!;
  const overall = {
    received: barFromTotal(sumCounts(rows.map((row) => row.received))),
    disclosed: barFromTotal(sumCounts(rows.map((row) => row.disclosed))),
  };
  const tableRows = totals.types.flatMap((type) =>
    totals.periods.map((period) => {
      const cell = totals.cell(period, type);
      return { type, period, received: barFromTotal(cell.received), disclosed: barFromTotal(cell.disclosed) };
    }),
  );

  return (
    <ChartFigure
      id="by-period"
      title={t('requests.byPeriod.title')}
      summary={t('requests.byPeriod.summary', {
        first: periodLabel(first),
        last: periodLabel(last),
        received: barLabel(overall.received, i18n, 'long'),
        disclosed: barLabel(overall.disclosed, i18n, 'long'),
      })}
      chart={
        <div className="small-multiples">
          {totals.types.map((type) => {
            const data = totals.periods.map((period) => {
              const cell = totals.cell(period, type);
              return {
                key: period,
                label: periodLabel(period),
                received: barFromTotal(cell.received),
                disclosed: barFromTotal(cell.disclosed),
              };
            });
            const typeTotals = {
              received: barFromTotal(
                sumCounts(rows.filter((row) => row.requesterType === type).map((row) => row.received)),
              ),
              disclosed: barFromTotal(
                sumCounts(rows.filter((row) => row.requesterType === type).map((row) => row.disclosed)),
              ),
            };
            const captionId = `by-period-${type}`;
            return (
              <figure key={type} className="small-multiple" data-requester-type={type}>
                <figcaption id={captionId}>
                  {t('requests.byPeriod.panel', {
                    type: t(`requester.${type}`),
                    received: barLabel(typeTotals.received, i18n, 'long'),
                    disclosed: barLabel(typeTotals.disclosed, i18n, 'long'),
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
