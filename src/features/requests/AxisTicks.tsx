import type { ReactNode } from 'react';
import { bandPositions, keptOnAxis, shownLabels, type AxisLabel } from './axisLabels';
import { breakIntoLines, CATEGORY_LINE_EMS, estimateTextWidth, TICK_FONT_SIZE } from './chartText';

/** What a chart hands a tick drawn by a function: recharts (the rate chart) or ReceivedDisclosedBars. */
export interface TickProps {
  x?: number | string;
  y?: number | string;
  /** The axis's length along the bottom, its width at the side. */
  width?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  index?: number;
  payload?: { value?: unknown };
  tickFormatter?: (value: never, index: number) => ReactNode;
}

/** The height of a capital letter, in em (recharts' figure): how far below its point a label's top line sits. */
const CAP_HEIGHT_EMS = 0.71;

function labelOf({ payload, tickFormatter, index = 0 }: TickProps): string {
  const value = payload?.value;
  return String(tickFormatter ? tickFormatter(value as never, index) : (value ?? ''));
}

/**
 * A label drawn as recharts' own, but without its class: recharts reads the computed style of the
 * first element with that class and measures every label in the page, forced layouts inside the
 * task that draws the chart. Ticks drawn here are placed by estimated widths instead (chartText).
 */
function TickText({ x, y, textAnchor, verticalAnchor, children }: TickProps & { children: ReactNode }) {
  const dy = verticalAnchor === 'start' ? CAP_HEIGHT_EMS : CAP_HEIGHT_EMS / 2;
  return (
    <text x={x} y={y} dy={`${dy}em`} textAnchor={textAnchor} className="chart-tick">
      {children}
    </text>
  );
}

/** A number on a value axis at the chart's side, where every tick shows. */
export function ValueTick(props: TickProps) {
  return <TickText {...props}>{labelOf(props)}</TickText>;
}

/**
 * A name on the category axis, broken into lines by estimated widths (breakIntoLines), the
 * estimate that sizes the chart's rows.
 */
export function CategoryTick(props: TickProps) {
  const { x = 0, width = 0 } = props;
  const lines = breakIntoLines(labelOf(props), Number(width), TICK_FONT_SIZE);
  const firstLine = (-(lines.length - 1) / 2) * CATEGORY_LINE_EMS + CAP_HEIGHT_EMS / 2;
  return (
    <text x={x} y={props.y} textAnchor={props.textAnchor} className="chart-tick">
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={`${index === 0 ? firstLine : CATEGORY_LINE_EMS}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

interface SpacedTicks {
  /** Each tick's label, as the axis's formatter writes it: what is measured is what is drawn. */
  labels: readonly string[];
  /** Where each label's middle falls on an axis `length` px long. */
  positions: (length: number) => number[];
  /** The axis runs from the right (right to left): its start is its right end. */
  reversed: boolean;
}

/**
 * A tick for an axis along the chart's foot that shows only the labels with room (shownLabels), from
 * estimated widths: recharts would measure each label in the page to choose them. Every tick must
 * reach it (`interval={0}`).
 */
export function spacedTick({ labels, positions, reversed }: SpacedTicks) {
  let laidOut: { length: number; labels: AxisLabel[]; shown: boolean[] } | undefined;
  const layOut = (length: number) => {
    if (laidOut?.length !== length) {
      const places = positions(length);
      const sized = labels.map((label, index) => ({
        position: places[index] ?? 0,
        width: estimateTextWidth(label, TICK_FONT_SIZE),
      }));
      laidOut = { length, labels: sized, shown: shownLabels(sized, length) };
    }
    return laidOut;
  };
  return function SpacedTick(props: TickProps) {
    const index = props.index ?? 0;
    const { labels: sized, shown } = layOut(Number(props.width ?? 0));
    const label = sized[index];
    if (!shown[index] || !label) return null;
    const shift = keptOnAxis(label, Number(props.width)) - label.position;
    return (
      <TickText {...props} x={Number(props.x ?? 0) + (reversed ? -shift : shift)}>
        {labels[index]}
      </TickText>
    );
  };
}

/** A spacedTick for a category axis whose `labels` each have a band of their own (periods). */
export function bandTick(labels: readonly string[], reversed: boolean) {
  return spacedTick({ labels, positions: (length) => bandPositions(labels.length, length), reversed });
}
