/*
 * Charts place their labels before the browser can measure them (and the same way when a page is
 * written at build time), so they estimate how wide text is drawn from its characters.
 */

/** The axes' font size in px (0.75rem in requests.css). */
export const TICK_FONT_SIZE = 12;

/** The bars' labels' font size in px (0.72rem in requests.css). */
export const BAR_LABEL_FONT_SIZE = 11.5;

// Han, kana, Hangul and full-width forms are about as wide as they are tall.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
// Direction marks and other format characters, which Intl writes into Arabic numbers, take no room.
const INVISIBLE = /\p{Cf}/u;

/** About how many pixels `text` takes at `fontSize` px in the charts' sans-serif font. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) {
    if (INVISIBLE.test(character)) continue;
    ems += WIDE.test(character) ? 1 : character === ' ' ? 0.3 : 0.6;
  }
  return ems * fontSize;
}

/**
 * `text` broken at spaces into lines `width` px wide, by estimated widths: the lines a category
 * axis draws, so that rows sized by the same estimate fit them. A word wider than a line keeps a
 * line to itself, and so overflows it.
 */
export function breakIntoLines(text: string, width: number, fontSize: number): string[] {
  const space = estimateTextWidth(' ', fontSize);
  const lines: string[] = [];
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const size = estimateTextWidth(word, fontSize);
    if (lines.length > 0 && used + space + size <= width) {
      lines[lines.length - 1] += ` ${word}`;
      used += space + size;
    } else {
      lines.push(word);
      used = size;
    }
  }
  return lines.length > 0 ? lines : [''];
}

/** How many lines `text` takes on a category axis `width` px wide (breakIntoLines). */
export function estimateLineCount(text: string, width: number, fontSize: number): number {
  return breakIntoLines(text, width, fontSize).length;
}

/** How wide an axis of numbers must be for its longest label as the locale writes it ("2,5 mil", "100 %"). */
export function valueAxisWidth(labels: readonly string[]): number {
  return Math.max(44, 12 + Math.max(...labels.map((label) => estimateTextWidth(label, TICK_FONT_SIZE))));
}

/**
 * The gap between a time axis and its labels: enough that the first and last periods' labels, which
 * may run past the plot, clear the number at the foot of the value axis beside them.
 */
export const TIME_TICK_MARGIN = 6;

/** The least room between two labels along an axis: a label that would come closer is left out (shownLabels). */
export const TICK_GAP = 16;

/**
 * The width of a chart's axis of category names (countries, kinds of requester): 110 px, or wider
 * for a word that cannot be broken there ("其他国家/地区（5个）" has no space), up to 160 px.
 */
export function categoryAxisWidth(names: readonly string[]): number {
  const longestWord = Math.max(
    0,
    ...names.flatMap((name) => name.split(/\s+/).map((word) => estimateTextWidth(word, TICK_FONT_SIZE))),
  );
  return Math.min(160, Math.max(110, Math.ceil(longestWord) + 14));
}

/** Names broken over lines need more than recharts' 1em between them (in em): Arabic's letters are tall. */
export const CATEGORY_LINE_EMS = 1.3;
const LINE_HEIGHT = CATEGORY_LINE_EMS * TICK_FONT_SIZE;
const ROW_HEIGHT = 44;
/** Room under the rows for the value axis. */
const AXIS_HEIGHT = 40;

/**
 * The height of a chart of bars across, one row per name: rows grow so that a name broken over
 * several lines ("Otros organismos del Gobierno de EE. UU.") does not run into its neighbours.
 */
export function categoryChartHeight(names: readonly string[]): number {
  const width = categoryAxisWidth(names);
  const lines = Math.max(1, ...names.map((name) => estimateLineCount(name, width, TICK_FONT_SIZE)));
  return names.length * Math.max(ROW_HEIGHT, lines * LINE_HEIGHT + 12) + AXIS_HEIGHT;
}

/**
 * The room past the plot of a chart of bars across, where the longest bars' labels go: at least 48 px,
 * and enough for the widest label ("1,825–2,074"), which on a phone's narrow plot may fit neither past
 * its bar's end nor inside it.
 */
export function acrossLabelMargin(labels: readonly string[]): number {
  const widest = Math.max(0, ...labels.map((label) => estimateTextWidth(label, BAR_LABEL_FONT_SIZE)));
  return Math.max(48, Math.ceil(widest) + 8);
}

/** Beyond the bar's end, inside the bar along its length, or (bars that run up) upright above it. */
export type BarLabelPlacement = 'beyond' | 'inside' | 'upright';

export interface BarLabelRoom {
  orientation: 'vertical' | 'horizontal';
  labelWidth: number;
  /** The bar's thickness with the gap beside it: how wide a label above a bar may be. */
  thickness: number;
  /** How far the bar's drawing runs from its baseline. */
  length: number;
  /** The room past the bar's end, to the chart's edge. */
  room: number;
}

/**
 * Where a bar's label can go without running into its neighbours or off the chart: past the bar's
 * end when it fits there, else inside the bar if the bar is long enough, else upright above a bar
 * that runs up if there is room. A label that fits nowhere stays past the end.
 */
export function placeBarLabel({ orientation, labelWidth, thickness, length, room }: BarLabelRoom): BarLabelPlacement {
  const fitsBeyond = orientation === 'vertical' ? labelWidth <= thickness : labelWidth + 4 <= room;
  if (fitsBeyond) return 'beyond';
  if (length >= labelWidth + 8) return 'inside';
  if (orientation === 'vertical' && room >= labelWidth + 4) return 'upright';
  return 'beyond';
}
