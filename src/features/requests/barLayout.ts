/** Room around a chart's plot, in px. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot's place in the chart, in px from the chart's top left corner. */
export interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A rectangle on screen, in px from the chart's top left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where one bar lies across its category's band: its start and its thickness, in px. */
export interface Slot {
  start: number;
  size: number;
}

/** The gap between a band's bars, in px. */
export const BAR_GAP = 2;
/** The gap at each side of a band, as a share of the band. */
const BAND_GAP_RATIO = 0.1;
/** The height of an axis along the chart's foot: its tick marks and one line of labels. */
export const FOOT_AXIS_HEIGHT = 30;
/** The length of a tick mark. */
export const TICK_SIZE = 6;

/**
 * The plot of a chart `width` × `height` px: the margins, an axis `sideAxisWidth` px wide at the
 * left (or, right to left, at the right) and an axis along the foot are left out.
 */
export function plotArea(width: number, height: number, margin: Margin, sideAxisWidth: number, rtl: boolean): Plot {
  const left = margin.left + (rtl ? 0 : sideAxisWidth);
  const top = margin.top;
  return {
    left,
    top,
    width: Math.max(0, width - margin.left - margin.right - sideAxisWidth),
    height: Math.max(0, height - top - margin.bottom - FOOT_AXIS_HEIGHT),
  };
}

/** The band of category `index` of `count` along an axis `length` px long, from its start. */
export function band(index: number, count: number, length: number): Slot {
  const size = count > 0 ? length / count : 0;
  return { start: index * size, size };
}

/**
 * The slots of `series` bars side by side in a band `bandSize` px thick, from the band's start:
 * a tenth of the band free at each side and BAR_GAP between bars, each bar a whole number of px.
 */
export function barSlots(bandSize: number, series: number): Slot[] {
  const edge = bandSize * BAND_GAP_RATIO;
  const exact = (bandSize - 2 * edge - (series - 1) * BAR_GAP) / series;
  const size = exact > 1 ? Math.floor(exact) : Math.max(exact, 0);
  return Array.from({ length: series }, (_, index) => ({ start: edge + index * (size + BAR_GAP), size }));
}

/** How far along an axis `length` px long, from 0 to `upper`, `value` lies. */
export function valueLength(value: number, upper: number, length: number): number {
  return upper > 0 ? (Math.min(Math.max(value, 0), upper) / upper) * length : 0;
}

/** Which of `count` bands along an axis `length` px long lies at `offset` px from its start; null off the axis. */
export function bandAt(offset: number, count: number, length: number): number | null {
  if (count === 0 || length <= 0 || offset < 0 || offset >= length) return null;
  return Math.min(count - 1, Math.floor((offset / length) * count));
}

/** A chart of `count` bands of bars, each band's bars from 0 to at most `upper`, laid out in its box. */
export interface BarFrameInput {
  width: number;
  height: number;
  margin: Margin;
  /** The width of the axis at the chart's side: values (bars up) or names (bars across). */
  sideAxisWidth: number;
  /** Bars run up from the foot, periods along it; or across, names down the side. */
  bars: 'up' | 'across';
  /** Right to left: the side axis at the right, time from the right, bars across from the right. */
  rtl: boolean;
  count: number;
  upper: number;
}

/** Where things go on screen, in px from the chart's top left corner. */
export interface BarFrame {
  plot: Plot;
  bandSize: number;
  /** Where band `index` starts: its left edge (bars up) or its top edge (bars across). */
  bandStart: (index: number) => number;
  /** Where `value` lies along the value axis: a y (bars up) or an x (bars across). */
  valueAt: (value: number) => number;
  /** The band under a point; null outside the plot. */
  bandUnder: (x: number, y: number) => number | null;
  /**
   * The bar in `slot` of band `index`, from 0 to `value`, and the plot's strip along it (where its
   * label may go).
   */
  bar: (index: number, slot: Slot, value: number) => { rect: Rect; strip: Rect };
}

export function barFrame({ width, height, margin, sideAxisWidth, bars, rtl, count, upper }: BarFrameInput): BarFrame {
  const plot = plotArea(width, height, margin, sideAxisWidth, rtl);
  const right = plot.left + plot.width;
  const bottom = plot.top + plot.height;
  const up = bars === 'up';
  const bandsLength = up ? plot.width : plot.height;
  const valuesLength = up ? plot.height : plot.width;
  const bandSize = band(0, count, bandsLength).size;
  const bandStart = (index: number) => {
    const { start } = band(index, count, bandsLength);
    if (!up) return plot.top + start;
    return rtl ? right - start - bandSize : plot.left + start;
  };
  const valueAt = (value: number) => {
    const length = valueLength(value, upper, valuesLength);
    if (up) return bottom - length;
    return rtl ? right - length : plot.left + length;
  };
  return {
    plot,
    bandSize,
    bandStart,
    valueAt,
    bandUnder(x, y) {
      if (x < plot.left || x >= right || y < plot.top || y >= bottom) return null;
      return bandAt(up ? (rtl ? right - x : x - plot.left) : y - plot.top, count, bandsLength);
    },
    bar(index, slot, value) {
      const across = bandStart(index) + slot.start;
      const end = valueAt(value);
      if (up) {
        return {
          rect: { x: across, y: end, width: slot.size, height: bottom - end },
          strip: { x: across, y: plot.top, width: slot.size, height: plot.height },
        };
      }
      return {
        rect: { x: rtl ? end : plot.left, y: across, width: rtl ? right - end : end - plot.left, height: slot.size },
        strip: { x: plot.left, y: across, width: plot.width, height: slot.size },
      };
    },
  };
}

/** The keys that move the keyboard's place to the next band and to the one before, by the way bands run on screen. */
const STEP_KEYS = {
  right: { next: ['ArrowRight'], before: ['ArrowLeft'] },
  left: { next: ['ArrowLeft'], before: ['ArrowRight'] },
  // Bands down the side: the right arrow steps on too, as it does in bands across.
  down: { next: ['ArrowDown', 'ArrowRight'], before: ['ArrowUp', 'ArrowLeft'] },
} as const;

/**
 * The band that `key` moves the keyboard's place to among `count` bands, from `index` (null: none
 * yet): an arrow to the neighbour on screen, whichever way the bands run, Home and End to the ends.
 * Null for a key that does not move it.
 */
export function bandAfterKey(
  key: string,
  index: number | null,
  count: number,
  along: keyof typeof STEP_KEYS,
): number | null {
  if (count === 0) return null;
  const steps: { next: readonly string[]; before: readonly string[] } = STEP_KEYS[along];
  if (steps.next.includes(key)) return index === null ? 0 : Math.min(count - 1, index + 1);
  if (steps.before.includes(key)) return index === null ? 0 : Math.max(0, index - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
