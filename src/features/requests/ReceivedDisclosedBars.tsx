import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOf } from '../../i18n/locale';
import { barLabel } from './barLabel';
import { mirrored } from './chartDirection';
import { axisTicks, barExtent, niceUpperBound } from './chartData';
import {
  acrossLabelMargin,
  breakIntoLines,
  categoryAxisWidth,
  CATEGORY_LINE_EMS,
  TICK_FONT_SIZE,
  TICK_GAP,
  TIME_TICK_MARGIN,
  valueAxisWidth,
} from './chartText';
import { CountBar, HatchPattern, type CountBarProps } from './CountBarShape';
import { CountTooltip } from './CountTooltip';
import './requests.css';

import type { ReceivedDisclosedChartProps, ReceivedDisclosedDatum } from './ReceivedDisclosedChart';

type ShapeProps = Pick<CountBarProps, 'x' | 'y' | 'width' | 'height' | 'background'> & {
  payload?: ReceivedDisclosedDatum;
};

/** Room above the plot for the labels of the tallest bars that run up (bars across: acrossLabelMargin). */
const LABEL_MARGIN_ABOVE = 18;

/** The height of a capital letter, in em (recharts' figure): centres a name's lines on its row. */
const CAP_HEIGHT_EMS = 0.71;

interface CategoryTickProps {
  x?: number | string;
  y?: number | string;
  /** The axis's width, which a name's lines must fit. */
  width?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  className?: string;
  payload?: { value?: unknown };
}

/**
 * A name on the category axis, broken into lines by estimated widths (breakIntoLines), the
 * estimate that sizes the chart's rows: recharts' own breaking measures every word in the page, a
 * forced layout each, inside the task that draws the chart.
 */
function CategoryTick({ x = 0, y = 0, width = 0, textAnchor, className, payload }: CategoryTickProps) {
  const lines = breakIntoLines(String(payload?.value ?? ''), Number(width), TICK_FONT_SIZE);
  const firstLine = (-(lines.length - 1) / 2) * CATEGORY_LINE_EMS + CAP_HEIGHT_EMS / 2;
  return (
    <text x={x} y={y} textAnchor={textAnchor} className={`${className ?? ''} chart-tick`}>
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={`${index === 0 ? firstLine : CATEGORY_LINE_EMS}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

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
  const tick = { className: 'chart-tick' };
  const numberTick = (value: number) => i18n.formatNumber(value, { notation: 'compact' });
  const upper = niceUpperBound(
    Math.max(0, ...data.flatMap((datum) => [barExtent(datum.received)[1], barExtent(datum.disclosed)[1]])),
  );
  const ticks = axisTicks(upper);
  const valueAxis = { domain: [0, upper], ticks, tickFormatter: numberTick, allowDecimals: false };

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
      <CartesianGrid strokeDasharray="2 4" className="chart-grid" vertical={!vertical} horizontal={vertical} />
      {vertical ? (
        <>
          <XAxis
            dataKey="label"
            tick={tick}
            tickMargin={TIME_TICK_MARGIN}
            minTickGap={TICK_GAP}
            interval="preserveStartEnd"
            reversed={rtl}
          />
          <YAxis
            tick={tick}
            width={valueAxisWidth(ticks.map(numberTick))}
            orientation={rtl ? 'right' : 'left'}
            {...valueAxis}
          />
        </>
      ) : (
        <>
          <XAxis type="number" tick={tick} minTickGap={TICK_GAP} reversed={rtl} {...valueAxis} />
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
