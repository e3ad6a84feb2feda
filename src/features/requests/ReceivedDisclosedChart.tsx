import type { BarValue } from './chartData';
import { loadReceivedDisclosedBars } from './chartCode';
import { DeferredChart } from './DeferredChart';
import type { TooltipDatum } from './CountTooltip';
import './requests.css';

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
  /** What names the chart (a keyboard stop of its own, which must have a name). */
  labelledBy: string;
  describedBy?: string;
}

/** Received beside disclosed for each period or country; holds its height until drawn. */
export function ReceivedDisclosedChart(props: ReceivedDisclosedChartProps) {
  return (
    <DeferredChart load={loadReceivedDisclosedBars} height={props.height}>
      {(bars) => <bars.default {...props} />}
    </DeferredChart>
  );
}
