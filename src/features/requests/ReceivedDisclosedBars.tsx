import { useId, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOf } from '../../i18n/locale';
import { barLabel } from './barLabel';
import { BarAxes } from './BarAxes';
import { bandAfterKey, barFrame, barSlots } from './barLayout';
import { mirrored } from './chartDirection';
import { axisTicks, barExtent, niceUpperBound } from './chartData';
import { acrossLabelMargin, categoryAxisWidth, valueAxisWidth } from './chartText';
import { CountBar, HatchPattern } from './CountBarShape';
import { CountTooltip } from './CountTooltip';
import { useChartWidth } from './useChartWidth';
import './requests.css';

import type { ReceivedDisclosedChartProps } from './ReceivedDisclosedChart';

/** Room above the plot for the labels of the tallest bars that run up (bars across: acrossLabelMargin). */
const LABEL_MARGIN_ABOVE = 18;
/** How far from the band it describes the tooltip stands. */
const TOOLTIP_OFFSET = 10;
const SERIES = ['received', 'disclosed'] as const;

/**
 * Received beside disclosed for each period (bars up) or country (bars across), drawn as plain SVG
 * from the layout in barLayout: a chart library's store, selectors and second measuring draw cost
 * more than the whole drawing (docs/performance.md). The chart is one keyboard stop: the arrows,
 * Home and End move a tooltip from band to band, as the pointer does.
 */
export default function ReceivedDisclosedBars({
  data,
  orientation,
  height,
  labelledBy,
  describedBy,
}: ReceivedDisclosedChartProps) {
  const i18n = useI18n();
  const hatchId = `hatch-${useId().replace(/:/g, '')}`;
  const [box, width] = useChartWidth<HTMLDivElement>();
  const [active, setActive] = useState<number | null>(null);
  /** Where the pointer is over the chart, in px from its top left corner: the tooltip follows it. */
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null);
  const vertical = orientation === 'vertical';
  // Right to left, time runs from the right and bars grow from the right: the axes swap sides.
  const rtl = directionOf(i18n.locale) === 'rtl';
  const labelMargin = vertical
    ? LABEL_MARGIN_ABOVE
    : acrossLabelMargin(
        data.flatMap((datum) => [datum.received, datum.disclosed].map((bar) => barLabel(bar, i18n, 'short'))),
      );
  const numberTick = (value: number) => i18n.formatNumber(value, { notation: 'compact' });
  const upper = niceUpperBound(
    Math.max(0, ...data.flatMap((datum) => [barExtent(datum.received)[1], barExtent(datum.disclosed)[1]])),
  );
  const ticks = axisTicks(upper);
  const sideAxisWidth = vertical
    ? valueAxisWidth(ticks.map(numberTick))
    : categoryAxisWidth(data.map((datum) => datum.label));
  const margin = mirrored(rtl, {
    top: LABEL_MARGIN_ABOVE,
    right: vertical ? 8 : labelMargin,
    bottom: 4,
    left: vertical ? 0 : 8,
  });
  const bars = vertical ? 'up' : 'across';
  const frame = barFrame({ width, height, margin, sideAxisWidth, bars, rtl, count: data.length, upper });
  const { plot, bandSize, bandStart, valueAt, bandUnder } = frame;
  const plotRight = plot.left + plot.width;
  const plotBottom = plot.top + plot.height;
  const bandMiddle = (index: number) => bandStart(index) + bandSize / 2;
  const slots = barSlots(bandSize, SERIES.length);

  const pointAt = (event: PointerEvent<SVGSVGElement>) => {
    const { left, top } = event.currentTarget.getBoundingClientRect();
    const point = { x: event.clientX - left, y: event.clientY - top };
    setPointer(point);
    setActive(bandUnder(point.x, point.y));
  };
  const keyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === 'Escape') return setActive(null);
    const next = bandAfterKey(event.key, active, data.length, vertical ? (rtl ? 'left' : 'right') : 'down');
    if (next === null) return;
    event.preventDefault();
    setPointer(null);
    setActive(next);
  };
  /** Where the keyboard's tooltip stands: by the middle of the band, at the plot's start. */
  const keyboardPoint = (index: number) =>
    vertical ? { x: bandMiddle(index), y: plot.top } : { x: rtl ? plotRight : plot.left, y: bandMiddle(index) };

  const activeDatum = active === null ? undefined : data[active];
  const tooltipStyle = active === null ? undefined : tooltipPlace(pointer ?? keyboardPoint(active), width, height);
  return (
    <div ref={box} className="bar-chart" style={{ height }}>
      {width > 0 ? (
        <svg
          className="bar-chart__surface"
          width={width}
          height={height}
          role="application"
          tabIndex={0}
          aria-labelledby={labelledBy}
          aria-describedby={describedBy}
          onPointerMove={pointAt}
          onPointerDown={pointAt}
          onPointerLeave={(event) => {
            // A finger leaves as it lifts: its tooltip stays until the chart loses focus.
            if (event.pointerType === 'touch') return;
            setActive(null);
            setPointer(null);
          }}
          onFocus={() => setActive((index) => index ?? 0)}
          onBlur={() => setActive(null)}
          onKeyDown={keyDown}
        >
          <HatchPattern id={hatchId} />
          <g className="chart-grid" strokeDasharray="2 4">
            {ticks.map((tick) =>
              vertical ? (
                <line key={tick} x1={plot.left} x2={plotRight} y1={valueAt(tick)} y2={valueAt(tick)} />
              ) : (
                <line key={tick} x1={valueAt(tick)} x2={valueAt(tick)} y1={plot.top} y2={plotBottom} />
              ),
            )}
          </g>
          {active !== null ? (
            vertical ? (
              <rect className="chart-cursor" x={bandStart(active)} y={plot.top} width={bandSize} height={plot.height} />
            ) : (
              <rect className="chart-cursor" x={plot.left} y={bandStart(active)} width={plot.width} height={bandSize} />
            )
          ) : null}
          <BarAxes
            frame={frame}
            bars={bars}
            rtl={rtl}
            labels={data.map((datum) => datum.label)}
            ticks={ticks}
            upper={upper}
            tickLabel={numberTick}
            sideAxisWidth={sideAxisWidth}
          />
          {data.map((datum, index) =>
            slots.map((slot, seriesIndex) => {
              const series = SERIES[seriesIndex]!;
              const bar = datum[series];
              const { rect, strip } = frame.bar(index, slot, barExtent(bar)[1]);
              return (
                <CountBar
                  key={`${datum.key}-${series}`}
                  {...rect}
                  background={strip}
                  bar={bar}
                  label={barLabel(bar, i18n, 'short')}
                  series={series}
                  hatchId={hatchId}
                  orientation={orientation}
                  rtl={rtl}
                  labelMargin={labelMargin}
                />
              );
            }),
          )}
        </svg>
      ) : null}
      <div className="bar-chart__tooltip" style={tooltipStyle} aria-live="polite">
        {activeDatum ? <CountTooltip active payload={[{ payload: activeDatum }]} /> : null}
      </div>
    </div>
  );
}

/**
 * The tooltip's place beside `point`: below and after it, or, past the chart's middle, above or
 * before it, so that it stays inside the chart.
 */
function tooltipPlace(point: { x: number; y: number }, width: number, height: number) {
  return {
    ...(point.x < width / 2 ? { left: point.x + TOOLTIP_OFFSET } : { right: width - point.x + TOOLTIP_OFFSET }),
    ...(point.y < height / 2 ? { top: point.y + TOOLTIP_OFFSET } : { bottom: height - point.y + TOOLTIP_OFFSET }),
  };
}
