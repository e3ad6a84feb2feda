import type { Margin } from './barLayout';

/** A chart's margins, left and right swapped when the page reads right to left and its axes swap sides. */
export function mirrored(rtl: boolean, margin: Margin): Margin {
  return rtl ? { ...margin, left: margin.right, right: margin.left } : margin;
}
