import { band, valueLength, type Plot } from './barLayout';
import { TICK_GAP } from './chartText';

/** A label along an axis: where its middle falls, from the axis's start, and how wide it is drawn. */
export interface AxisLabel {
  position: number;
  width: number;
}

/** Where a label's middle goes so that the label stays on its axis, as recharts keeps an axis's end labels. */
export function keptOnAxis({ position, width }: AxisLabel, length: number): number {
  return Math.min(Math.max(position, width / 2), length - width / 2);
}

/**
 * Which labels an axis `length` px long shows so that none comes within TICK_GAP of the next, each
 * kept on the axis: the first, the last, and between them each that has room after the one
 * before, as recharts' "preserveStartEnd" chooses them from widths it measures in the page.
 */
export function shownLabels(labels: readonly AxisLabel[], length: number): boolean[] {
  const shown = labels.map(() => false);
  if (labels.length === 0) return shown;
  const span = (index: number) => {
    const middle = keptOnAxis(labels[index]!, length);
    return { from: middle - labels[index]!.width / 2, to: middle + labels[index]!.width / 2 };
  };
  const last = labels.length - 1;
  shown[0] = true;
  let reached = span(0).to;
  const lastFrom = span(last).from;
  if (last > 0 && lastFrom >= reached + TICK_GAP) shown[last] = true;
  const limit = shown[last] ? lastFrom - TICK_GAP : Infinity;
  for (let index = 1; index < last; index += 1) {
    const { from, to } = span(index);
    if (from >= reached + TICK_GAP && to <= limit) {
      shown[index] = true;
      reached = to;
    }
  }
  return shown;
}

/** The middles of `count` categories along a band axis `length` px long, one equal band each. */
export function bandPositions(count: number, length: number): number[] {
  return Array.from({ length: count }, (_, index) => {
    const { start, size } = band(index, count, length);
    return start + size / 2;
  });
}

/** The places of `values` along an axis from 0 to `upper` that is `length` px long. */
export function linearPositions(values: readonly number[], upper: number, length: number): number[] {
  return values.map((value) => valueLength(value, upper, length));
}

/**
 * Where the grid lines of a chart whose value axis runs up go, one per tick from 0 to `upper`, and
 * none the other way: recharts' own generators would choose them as the axis shows its labels,
 * measuring them in the page.
 */
export function valueGridLines(ticks: readonly number[], upper: number) {
  return {
    horizontalCoordinatesGenerator: ({ offset }: { offset: Plot }) =>
      linearPositions(ticks, upper, offset.height).map((place) => offset.top + offset.height - place),
    verticalCoordinatesGenerator: () => [],
  };
}
