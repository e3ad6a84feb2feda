import type { BarValue } from './chartData';
import { BAR_LABEL_FONT_SIZE, estimateTextWidth, placeBarLabel } from './chartText';

export interface CountBarProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  bar: BarValue;
  label: string;
  series: 'received' | 'disclosed' | 'rate';
  hatchId: string;
  orientation: 'vertical' | 'horizontal';
  /** Right to left: horizontal bars grow from the right edge, their labels beyond their left end. */
  rtl?: boolean;
  /** The plot's area along this bar. */
  background?: { x: number | null; y: number | null; width: number; height: number };
  /** How far past the plot, at the end the bars grow towards, a label may reach: the chart's margin there. */
  labelMargin?: number;
}

const MARKER = 14;

/**
 * Draws one count so that its kind is visible without colour: a thin line
 * for a real zero, hatching for the uncertain part of a range, an open end
 * for "at least", and a dashed empty box for "not reported".
 */
export function CountBar({
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  bar,
  label,
  series,
  hatchId,
  orientation,
  rtl = false,
  background,
  labelMargin = 0,
}: CountBarProps) {
  const vertical = orientation === 'vertical';
  const leftward = !vertical && rtl;
  const className = `count-bar count-bar--${series} count-bar--${bar.kind}`;
  // The chart gives the rectangle of [0, upper]; the baseline is its bottom edge, or its left one
  // (its right one, right to left), whichever way round the rectangle is handed over.
  const length = vertical ? Math.abs(height) : Math.abs(width);
  const base = vertical ? y + height : leftward ? Math.max(x, x + width) : x;
  /** Where along a horizontal bar a point lies, `distance` from its baseline. */
  const along = (distance: number) => (leftward ? base - distance : base + distance);
  const upper = bar.max ?? bar.min;
  const knownLength = upper > 0 ? (length * bar.min) / upper : 0;

  const rect = (from: number, size: number, part: string, options: { dashed?: boolean; fill?: string } = {}) => {
    const common = {
      className: part,
      strokeDasharray: options.dashed ? '3 2' : undefined,
      fill: options.fill,
    };
    return vertical ? (
      <rect x={x} y={base - from - size} width={width} height={size} {...common} />
    ) : (
      <rect x={leftward ? base - from - size : base + from} y={y} width={size} height={height} {...common} />
    );
  };
  const labelWidth = estimateTextWidth(label, BAR_LABEL_FONT_SIZE);
  const text = (offset: number) => {
    const end = vertical ? base - offset : along(offset);
    const room =
      background?.x == null || background.y == null
        ? Infinity
        : labelMargin +
          (vertical ? end - background.y : leftward ? end - background.x : background.x + background.width - end);
    const placement = placeBarLabel({ orientation, labelWidth, thickness: width + 6, length: offset, room });
    const middle = x + width / 2;
    if (vertical && placement !== 'beyond') {
      // Upright, reading up the bar: inside its top, or above it.
      const inside = placement === 'inside';
      const start = inside ? end + 4 : end - 4;
      return (
        <text
          x={middle}
          y={start}
          transform={`rotate(-90 ${middle} ${start})`}
          textAnchor={inside ? 'end' : 'start'}
          dominantBaseline="central"
          className={`count-bar__label${inside ? ' count-bar__label--inside' : ''}`}
        >
          {label}
        </text>
      );
    }
    if (vertical) {
      return (
        <text x={middle} y={end - 4} textAnchor="middle" className="count-bar__label">
          {label}
        </text>
      );
    }
    const inside = placement === 'inside';
    // Past the end it starts at the bar's end; inside, it ends there.
    const towardsBase = inside !== leftward;
    return (
      <text
        x={inside ? along(offset - 4) : along(offset + 4)}
        y={y + height / 2}
        textAnchor={towardsBase ? 'end' : 'start'}
        dominantBaseline="central"
        className={`count-bar__label${inside ? ' count-bar__label--inside' : ''}`}
      >
        {label}
      </text>
    );
  };

  if (bar.kind === 'noData') return <g className={className}>{text(0)}</g>;
  if (bar.kind === 'share') {
    // A share of the requests has no length in counts: a diamond on the baseline carries its label.
    const half = MARKER / 2;
    const cx = vertical ? x + width / 2 : along(half);
    const cy = vertical ? base - half : y + height / 2;
    return (
      <g className={className}>
        <path
          d={`M ${cx} ${cy - half} L ${cx + half} ${cy} L ${cx} ${cy + half} L ${cx - half} ${cy} Z`}
          className="count-bar__share"
        />
        {text(MARKER)}
      </g>
    );
  }
  if (bar.kind === 'notReported') {
    return (
      <g className={className}>
        {rect(0, MARKER, 'count-bar__unknown', { dashed: true })}
        {text(MARKER)}
      </g>
    );
  }
  if (bar.kind === 'exact' && bar.min === 0) {
    return (
      <g className={className}>
        {rect(0, 2, 'count-bar__known count-bar__zero')}
        {text(2)}
      </g>
    );
  }
  if (bar.kind === 'atLeast') {
    return (
      <g className={className}>
        {rect(0, length, 'count-bar__known')}
        {rect(length, MARKER, 'count-bar__unknown', { dashed: true })}
        {text(length + MARKER)}
      </g>
    );
  }
  return (
    <g className={className}>
      {knownLength > 0 ? rect(0, knownLength, 'count-bar__known') : null}
      {bar.kind === 'range'
        ? rect(knownLength, Math.max(length - knownLength, 2), 'count-bar__range', { fill: `url(#${hatchId})` })
        : null}
      {text(Math.max(length, 2))}
    </g>
  );
}

/** The hatching used for the uncertain part of a range; define it once per chart. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <rect width="6" height="6" className="count-bar__hatch-bg" />
        <line x1="0" y1="0" x2="0" y2="6" className="count-bar__hatch-line" strokeWidth="3" />
      </pattern>
    </defs>
  );
}
