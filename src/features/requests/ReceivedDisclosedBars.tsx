import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOf } from '../../i18n/locale';
import { barLabel } from './barLabel';
import { mirrored } from './chartDirection';
import { axisTicks, barExtent, niceUpperBound } from './chartData';
import { acrossLabelMargin, categoryAxisWidth, TIME_TICK_MARGIN, valueAxisWidth } from './chartText';
import { linearPositions, valueGridLines } from './axisLabels';
import { bandTick, CategoryTick, spacedTick, ValueTick } from './AxisTicks';
import { CountBar, HatchPattern, type CountBarProps } from './CountBarShape';
import { CountTooltip } from './CountTooltip';
import './requests.css';

import type { ReceivedDisclosedChartProps, ReceivedDisclosedDatum } from './ReceivedDisclosedChart';

type ShapeProps = Pick<CountBarProps, 'x' | 'y' | 'width' | 'height' | 'background'> & {
  payload?: ReceivedDisclosedDatum;
};

/** Room above the plot for the labels of the tallest bars that run up (bars across: acrossLabelMargin). */
const LABEL_MARGIN_ABOVE = 18;

/** The recharts part of ReceivedDisclosedChart, loaded only when a chart is drawn. */
export default function ReceivedDisclosedBars({
  data,
  orientation,
  height,
  labelledBy,
  describedBy,
}: ReceivedDisclosedChartProps) {
  const i18n = useI18n();
  const hatchId = `hatch-${useId().replace(/:/g, '')}`;
  const vertical = orientation === 'vertical';
  // Right to left, time runs from the right and bars grow from the right: the axes swap sides.
  const rtl = directionOf(i18n.locale) === 'rtl';
  const labelMargin = vertical
    ? LABEL_MARGIN_ABOVE
    : acrossLabelMargin(
        data.flatMap((datum) => [datum.received, datum.disclosed].map((bar) => barLabel(bar, i18n, 'short'))),
      );
  const shape = (series: 'received' | 'disclosed') =>
    function CountShape(props: ShapeProps) {
      const bar = props.payload![series];
      return (
        <CountBar
          {...props}
          bar={bar}
          label={barLabel(bar, i18n, 'short')}
          series={series}
          hatchId={hatchId}
          orientation={orientation}
          rtl={rtl}
          labelMargin={labelMargin}
        />
      );
    };
  const numberTick = (value: number) => i18n.formatNumber(value, { notation: 'compact' });
  const upper = niceUpperBound(
    Math.max(0, ...data.flatMap((datum) => [barExtent(datum.received)[1], barExtent(datum.disclosed)[1]])),
  );
  const ticks = axisTicks(upper);
  // The ticks are given: recharts need not work out nice ones (decimal arithmetic, in every draw).
  const valueAxis = {
    domain: [0, upper],
    ticks,
    niceTicks: 'none',
    tickFormatter: numberTick,
    allowDecimals: false,
    interval: 0,
  } as const;
  // Every tick reaches the tick components, which choose from estimated widths which to show.
  const labelsAlong = vertical
    ? bandTick(
        data.map((datum) => datum.label),
        rtl,
      )
    : spacedTick({
        labels: ticks.map(numberTick),
        positions: (length) => linearPositions(ticks, upper, length),
        reversed: rtl,
      });

  return (
    <BarChart
      responsive
      style={{ width: '100%', height }}
      data={data}
      layout={vertical ? 'horizontal' : 'vertical'}
      margin={mirrored(rtl, {
        top: LABEL_MARGIN_ABOVE,
        right: vertical ? 8 : labelMargin,
        bottom: 4,
        left: vertical ? 0 : 8,
      })}
      barGap={2}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      <HatchPattern id={hatchId} />
      <CartesianGrid
        strokeDasharray="2 4"
        className="chart-grid"
        vertical={!vertical}
        horizontal={vertical}
        {...valueGridLines(ticks, upper, vertical ? 'up' : rtl ? 'left' : 'right')}
      />
      {vertical ? (
        <>
          <XAxis dataKey="label" interval={0} tick={labelsAlong} tickMargin={TIME_TICK_MARGIN} reversed={rtl} />
          <YAxis
            tick={ValueTick}
            width={valueAxisWidth(ticks.map(numberTick))}
            orientation={rtl ? 'right' : 'left'}
            {...valueAxis}
          />
        </>
      ) : (
        <>
          <XAxis type="number" tick={labelsAlong} reversed={rtl} {...valueAxis} />
          <YAxis
            type="category"
            dataKey="label"
            // Every name shows: rows are made tall enough for their lines (categoryChartHeight).
            interval={0}
            tick={CategoryTick}
            width={categoryAxisWidth(data.map((datum) => datum.label))}
            orientation={rtl ? 'right' : 'left'}
          />
        </>
      )}
      <Tooltip content={<CountTooltip />} cursor={{ className: 'chart-cursor' }} isAnimationActive={false} />
      <Bar
        dataKey={(datum: ReceivedDisclosedDatum) => barExtent(datum.received)}
        name={i18n.t('requests.chart.received')}
        shape={shape('received')}
        isAnimationActive={false}
      />
      <Bar
        dataKey={(datum: ReceivedDisclosedDatum) => barExtent(datum.disclosed)}
        name={i18n.t('requests.chart.disclosed')}
        shape={shape('disclosed')}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
