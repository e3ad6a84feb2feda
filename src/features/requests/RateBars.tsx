import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOf } from '../../i18n/locale';
import { barLabel } from './barLabel';
import { mirrored } from './chartDirection';
import { barExtent } from './chartData';
import { CountBar, HatchPattern } from './CountBarShape';
import { CountTooltip } from './CountTooltip';
import type { RateDatum } from './RateSection';

/** The recharts part of the disclosure-rate chart, loaded only when it is drawn. */
export default function RateBars({ data }: { data: RateDatum[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const hatchId = `hatch-${useId().replace(/:/g, '')}`;
  const rtl = directionOf(i18n.locale) === 'rtl';
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: 220 }}
      data={data}
      margin={mirrored(rtl, { top: 18, right: 8, bottom: 4, left: 0 })}
      aria-describedby="rate-summary"
    >
      <HatchPattern id={hatchId} />
      <CartesianGrid strokeDasharray="2 4" className="chart-grid" vertical={false} />
      <XAxis dataKey="label" tick={{ className: 'chart-tick' }} interval="preserveStartEnd" reversed={rtl} />
      <YAxis
        tick={{ className: 'chart-tick' }}
        orientation={rtl ? 'right' : 'left'}
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
  );
}
