import { bandTick, CategoryTick, spacedTick, ValueTick } from './AxisTicks';
import { linearPositions } from './axisLabels';
import { TICK_SIZE, type BarFrame } from './barLayout';
import { TIME_TICK_MARGIN } from './chartText';

/** The gap between a tick mark and its label: a time axis's is wider (TIME_TICK_MARGIN). */
const TICK_MARGIN = 2;

interface Props {
  frame: BarFrame;
  /** Bars run up from the foot, periods along it; or across, names down the side. */
  bars: 'up' | 'across';
  rtl: boolean;
  /** The bands' names: periods or countries. */
  labels: readonly string[];
  /** The value axis's ticks, from 0 to `upper`, and how each is written. */
  ticks: readonly number[];
  upper: number;
  tickLabel: (value: number) => string;
  sideAxisWidth: number;
}

/**
 * A bar chart's two axes: their lines, tick marks and labels. The labels are drawn by the tick
 * components the rate chart gives recharts (AxisTicks), which choose from estimated widths which
 * labels have room.
 */
export function BarAxes({ frame, bars, rtl, labels, ticks, upper, tickLabel, sideAxisWidth }: Props) {
  const { plot, bandStart, bandSize, valueAt } = frame;
  const up = bars === 'up';
  const right = plot.left + plot.width;
  const footY = plot.top + plot.height;
  const sideX = rtl ? right : plot.left;
  // The side axis's tick marks and labels stand out towards the chart's edge.
  const outwards = rtl ? 1 : -1;
  const sideLabelX = sideX + outwards * (TICK_SIZE + TICK_MARGIN);
  const sideAnchor = rtl ? 'start' : 'end';
  const bandMiddles = labels.map((_, index) => bandStart(index) + bandSize / 2);
  const valuePlaces = ticks.map(valueAt);
  const footPlaces = up ? bandMiddles : valuePlaces;
  const sidePlaces = up ? valuePlaces : bandMiddles;
  const footTick = up
    ? bandTick(labels, rtl)
    : spacedTick({
        labels: ticks.map(tickLabel),
        positions: (length) => linearPositions(ticks, upper, length),
        reversed: rtl,
      });
  const footLabelY = footY + TICK_SIZE + (up ? TIME_TICK_MARGIN : TICK_MARGIN);

  return (
    <>
      <g className="chart-axis">
        <line x1={plot.left} x2={right} y1={footY} y2={footY} />
        <line x1={sideX} x2={sideX} y1={plot.top} y2={footY} />
        {footPlaces.map((x, index) => (
          <line key={`foot-${index}`} x1={x} x2={x} y1={footY} y2={footY + TICK_SIZE} />
        ))}
        {sidePlaces.map((y, index) => (
          <line key={`side-${index}`} x1={sideX} x2={sideX + outwards * TICK_SIZE} y1={y} y2={y} />
        ))}
      </g>
      <g>
        {footPlaces.map((x, index) => (
          // Called, not rendered: a tick function made afresh each render must not remount its label.
          <g key={index}>
            {footTick({
              x,
              y: footLabelY,
              width: plot.width,
              index,
              textAnchor: 'middle',
              verticalAnchor: 'start',
              payload: { value: up ? labels[index] : ticks[index] },
            })}
          </g>
        ))}
        {sidePlaces.map((y, index) =>
          up ? (
            <ValueTick
              key={index}
              x={sideLabelX}
              y={y}
              index={index}
              textAnchor={sideAnchor}
              verticalAnchor="middle"
              payload={{ value: tickLabel(ticks[index]!) }}
            />
          ) : (
            <CategoryTick
              key={index}
              x={sideLabelX}
              y={y}
              width={sideAxisWidth}
              index={index}
              textAnchor={sideAnchor}
              payload={{ value: labels[index] }}
            />
          ),
        )}
      </g>
    </>
  );
}
