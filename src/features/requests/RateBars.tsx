import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOf } from '../../i18n/locale';
import { barLabel } from './barLabel';
import { mirrored } from './chartDirection';
import { barExtent } from './chartData';
import { TIME_TICK_MARGIN, valueAxisWidth } from './chartText';
import { valueGridLines } from './axisLabels';
import { bandTick, ValueTick } from './AxisTicks';
import { CountBar, HatchPattern, type CountBarProps } from './CountBarShape';
import { CountTooltip } from './CountTooltip';
import type { RateDatum } from './RateSection';

const PERCENT_TICKS = [0, 25, 50, 75, 100];
/** Room above the plot for the labels of the tallest bars. */
const LABEL_MARGIN_TOP = 18;

/** The recharts part of the disclosure-rate chart, loaded only when it is drawn. */
export default function RateBars({ data }: { data: RateDatum[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const hatchId = `hatch-${useId().replace(/:/g, '')}`;
  const rtl = directionOf(i18n.locale) === 'rtl';
  const percentTick = (value: number) => i18n.formatNumber(value / 100, { style: 'percent' });
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: 220 }}
      data={data}
      margin={mirrored(rtl, { top: LABEL_MARGIN_TOP, right: 8, bottom: 4, left: 0 })}
      aria-labelledby="rate-title"
      aria-describedby="rate-summary"
    >
      <HatchPattern id={hatchId} />
      <CartesianGrid
        strokeDasharray="2 4"
        className="chart-grid"
        vertical={false}
        {...valueGridLines(PERCENT_TICKS, 100)}
      />
      <XAxis
        dataKey="label"
        // Every tick reaches the tick component, which chooses from estimated widths which to show.
        interval={0}
        tick={bandTick(
          data.map((datum) => datum.label),
          rtl,
        )}
        tickMargin={TIME_TICK_MARGIN}
        reversed={rtl}
      />
      <YAxis
        interval={0}
        tick={ValueTick}
        orientation={rtl ? 'right' : 'left'}
        width={valueAxisWidth(PERCENT_TICKS.map(percentTick))}
        domain={[0, 100]}
        ticks={PERCENT_TICKS}
        niceTicks="none"
        tickFormatter={percentTick}
      />
      <Tooltip content={<CountTooltip />} cursor={{ className: 'chart-cursor' }} isAnimationActive={false} />
      <Bar
        dataKey={(datum: RateDatum) => barExtent(datum.rate)}
        name={t('requests.chart.rate')}
        isAnimationActive={false}
        shape={(
          props: Pick<CountBarProps, 'x' | 'y' | 'width' | 'height' | 'background'> & { payload?: RateDatum },
        ) => (
          <CountBar
            {...props}
            bar={props.payload!.rate}
            label={barLabel(props.payload!.rate, i18n, 'short', 'percent')}
            series="rate"
            hatchId={hatchId}
            orientation="vertical"
            labelMargin={LABEL_MARGIN_TOP}
          />
        )}
      />
    </BarChart>
  );
}
