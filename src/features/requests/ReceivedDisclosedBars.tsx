import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOf } from '../../i18n/locale';
import { barLabel } from './barLabel';
import { mirrored } from './chartDirection';
import { axisTicks, barExtent, niceUpperBound } from './chartData';
import { CountBar, HatchPattern } from './CountBarShape';
import { CountTooltip } from './CountTooltip';
import './requests.css';

import type { ReceivedDisclosedChartProps, ReceivedDisclosedDatum } from './ReceivedDisclosedChart';

type ShapeProps = { x?: number; y?: number; width?: number; height?: number; payload?: ReceivedDisclosedDatum };

/** The recharts part of ReceivedDisclosedChart, loaded only when a chart is drawn. */
export default function ReceivedDisclosedBars({ data, orientation, height, describedBy }: ReceivedDisclosedChartProps) {
  const i18n = useI18n();
  const hatchId = `hatch-${useId().replace(/:/g, '')}`;
  const vertical = orientation === 'vertical';
  // Right to left, time runs from the right and bars grow from the right: the axes swap sides.
  const rtl = directionOf(i18n.locale) === 'rtl';
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
  // Room for the longest tick label as the locale writes it ("2,5 mil", "2.5 ألف"), at about 7 px a character.
  const valueAxisWidth = Math.max(44, 10 + 7 * Math.max(...ticks.map((value) => numberTick(value).length)));

  return (
    <BarChart
      responsive
      style={{ width: '100%', height }}
      data={data}
      layout={vertical ? 'horizontal' : 'vertical'}
      margin={mirrored(rtl, { top: 18, right: vertical ? 8 : 48, bottom: 4, left: vertical ? 0 : 8 })}
      barGap={2}
      aria-describedby={describedBy}
    >
      <HatchPattern id={hatchId} />
      <CartesianGrid strokeDasharray="2 4" className="chart-grid" vertical={!vertical} horizontal={vertical} />
      {vertical ? (
        <>
          <XAxis dataKey="label" tick={tick} interval="preserveStartEnd" reversed={rtl} />
          <YAxis tick={tick} width={valueAxisWidth} orientation={rtl ? 'right' : 'left'} {...valueAxis} />
        </>
      ) : (
        <>
          <XAxis type="number" tick={tick} reversed={rtl} {...valueAxis} />
          <YAxis type="category" dataKey="label" tick={tick} width={110} orientation={rtl ? 'right' : 'left'} />
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
