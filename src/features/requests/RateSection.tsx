import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { AccessRequestCount } from '../../api/schemas';
import { useI18n } from '../../i18n/I18nProvider';
import { useTurn } from '../../lib/useTurn';
import { downloadText } from '../../lib/download';
import { disclosureRate, totalsByPeriod } from './aggregate';
import { barLabel } from './barLabel';
import { ChartFigure } from './ChartFigure';
import { barExtent, barFromRate, type BarValue } from './chartData';
import { CountBar, HatchPattern } from './CountBarShape';
import { CountTable } from './CountTable';
import { CountTooltip } from './CountTooltip';
import { rateCsv, requestsFileName } from './requestsCsv';

interface Props {
  rows: AccessRequestCount[];
  dataVersion: string;
}

interface RateDatum {
  key: string;
  label: string;
  rate: BarValue;
}

export function RateSection({ rows, dataVersion }: Props) {
  const i18n = useI18n();
  const { t, periodLabel } = i18n;
  const hatchId = `hatch-${useId().replace(/:/g, '')}`;
  const isDrawn = useTurn();
  const data: RateDatum[] = useMemo(
    () =>
      totalsByPeriod(rows).map(({ period, totals }) => ({
        key: period,
        label: periodLabel(period),
        rate: barFromRate(disclosureRate(totals)),
      })),
    [rows, periodLabel],
  );
  const first = data[0]!.key;
  const last = data.at(-1)!.key;

  return (
    <ChartFigure
      id="rate"
      title={t('requests.rate.title')}
      summary={t('requests.rate.summary')}
      chart={
        !isDrawn ? (
          <div style={{ height: 220 }} aria-hidden="true" />
        ) : (
          <BarChart
            responsive
            style={{ width: '100%', height: 220 }}
            data={data}
            margin={{ top: 18, right: 8, bottom: 4, left: 0 }}
            aria-describedby="rate-summary"
          >
            <HatchPattern id={hatchId} />
            <CartesianGrid strokeDasharray="2 4" className="chart-grid" vertical={false} />
            <XAxis dataKey="label" tick={{ className: 'chart-tick' }} interval="preserveStartEnd" />
            <YAxis
              tick={{ className: 'chart-tick' }}
              width={44}
              domain={[0, 100]}
              tickFormatter={(value: number) => i18n.formatNumber(value / 100, { style: 'percent' })}
            />
            <Tooltip content={<CountTooltip />} cursor={{ className: 'chart-cursor' }} isAnimationActive={false} />
            <Bar
              dataKey={(datum: RateDatum) => barExtent(datum.rate)}
              name={t('requests.chart.rate')}
              isAnimationActive={false}
              shape={(props: { x?: number; y?: number; width?: number; height?: number; payload?: RateDatum }) => (
                <CountBar
                  {...props}
                  bar={props.payload!.rate}
                  label={barLabel(props.payload!.rate, i18n, 'short', 'percent')}
                  series="rate"
                  hatchId={hatchId}
                  orientation="vertical"
                />
              )}
            />
          </BarChart>
        )
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
