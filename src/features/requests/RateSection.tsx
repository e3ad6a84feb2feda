import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { downloadText } from '../../lib/download';
import { disclosureShare } from '../../lib/disclosures';
import { totalsByPeriod, type PeriodCategoryTotals } from './aggregate';
import { ChartFigure } from './ChartFigure';
import { loadRateBars } from './chartCode';
import { DeferredChart } from './DeferredChart';
import { barFromRate, type BarValue } from './chartData';
import { CountTable } from './CountTable';
import { rateCsv, requestsFileName } from './requestsCsv';

interface Props {
  /** The rows' sums by period and category. */
  totals: PeriodCategoryTotals;
  dataVersion: string;
}

export interface RateDatum {
  key: string;
  label: string;
  rate: BarValue;
}

export function RateSection({ totals, dataVersion }: Props) {
  const i18n = useI18n();
  const { t, periodLabel } = i18n;
  const data: RateDatum[] = useMemo(
    () =>
      totalsByPeriod(totals).map(({ period, totals: periodTotals }) => ({
        key: period,
        label: periodLabel(period),
        rate: barFromRate(disclosureShare(periodTotals)),
      })),
    [totals, periodLabel],
  );
  const first = data[0]!.key;
  const last = data.at(-1)!.key;

  return (
    <ChartFigure
      id="rate"
      title={t('requests.rate.title')}
      summary={t('requests.rate.summary')}
      chart={
        <DeferredChart load={loadRateBars} height={220}>
          {(rateBars) => <rateBars.default data={data} />}
        </DeferredChart>
      }
      table={
        <CountTable
          caption={t('requests.rate.title')}
          headers={[t('requests.table.period')]}
          valueHeaders={[t('requests.table.rate')]}
          unit="percent"
          rows={data.map((datum) => ({ key: datum.key, header: [datum.label], values: [datum.rate] }))}
        />
      }
      onDownload={() =>
        downloadText(
          requestsFileName('disclosure-rate', dataVersion, first, last),
          rateCsv(data.map((datum) => ({ period: datum.key, rate: datum.rate }))),
          'text/csv;charset=utf-8',
        )
      }
    />
  );
}
