import { useRef, type ReactNode } from 'react';
import { ChunkErrorPanel } from '../../components/ChunkErrorPanel';
import { useDeferredLoad } from '../../lib/useDeferredLoad';

interface Props<T> {
  /** Imports the chart's code, which loads only when a chart is about to be seen. */
  load: () => Promise<T>;
  height: number;
  children: (chart: T) => ReactNode;
}

/** Holds a chart's height until it is near the viewport and its turn to draw comes; says so if its code fails. */
export function DeferredChart<T>({ load, height, children }: Props<T>) {
  const placeholder = useRef<HTMLDivElement>(null);
  const chart = useDeferredLoad(load, placeholder);
  if (chart.status === 'failed') return <ChunkErrorPanel onRetry={chart.retry} minHeight={height} />;
  if (chart.status === 'waiting') {
    return <div ref={placeholder} className="chart-placeholder" style={{ height }} aria-hidden="true" />;
  }
  return children(chart.value);
}
