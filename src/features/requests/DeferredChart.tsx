import { useRef, type ReactNode } from 'react';
import { useTurn } from '../../lib/useTurn';

interface Props<T> {
  /** Imports the chart code: recharts loads only when a chart is about to be seen. */
  load: () => Promise<T>;
  height: number;
  children: (chart: T) => ReactNode;
}

/** Holds a chart's height until it is near the viewport and its turn to draw comes. */
export function DeferredChart<T>({ load, height, children }: Props<T>) {
  const placeholder = useRef<HTMLDivElement>(null);
  const chart = useTurn(load, placeholder);
  if (!chart) return <div ref={placeholder} className="chart-placeholder" style={{ height }} aria-hidden="true" />;
  return children(chart);
}
