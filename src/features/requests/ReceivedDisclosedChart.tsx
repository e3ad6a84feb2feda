import { useTurn } from '../../lib/useTurn';
import type { BarValue } from './chartData';
import type { TooltipDatum } from './CountTooltip';
import './requests.css';

// recharts loads after the page is interactive, in its own task.
const loadBars = () => import('./ReceivedDisclosedBars');

export interface ReceivedDisclosedDatum extends TooltipDatum {
  key: string;
  received: BarValue;
  disclosed: BarValue;
}

export interface ReceivedDisclosedChartProps {
  data: ReceivedDisclosedDatum[];
  /** Bars run up (periods along the bottom) or across (countries down the side). */
  orientation: 'vertical' | 'horizontal';
  height: number;
  describedBy: string;
}

/** Received beside disclosed for each period or country; holds its height until drawn. */
export function ReceivedDisclosedChart(props: ReceivedDisclosedChartProps) {
  const bars = useTurn(loadBars);
  if (!bars) return <div style={{ height: props.height }} aria-hidden="true" />;
  return <bars.default {...props} />;
}
