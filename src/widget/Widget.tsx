import { lazy, Suspense } from 'react';
import { Skeleton } from '../components/Skeleton';
import { useMarkReady } from '../app/useMarkReady';
import { ProblemPanel } from './ProblemPanel';
import { StatsView } from './StatsView';
import { useReportHeight } from './useReportHeight';
import type { WidgetParams, WidgetProblem } from '../lib/widgetParams';

// Views that need the map or chart library load them only when chosen.
const MapView = lazy(() => import('./MapView').then((module) => ({ default: module.MapView })));
const RequestsView = lazy(() => import('./RequestsView').then((module) => ({ default: module.RequestsView })));
const ControlsView = lazy(() => import('./ControlsView').then((module) => ({ default: module.ControlsView })));

interface Props {
  params: WidgetParams;
  problems: WidgetProblem[];
}

export function Widget({ params, problems }: Props) {
  useReportHeight();
  useMarkReady();
  return (
    <main className="widget">
      {problems.length > 0 ? (
        <ProblemPanel problems={problems} />
      ) : (
        <Suspense fallback={<Skeleton minHeight="16rem" />}>
          {params.view === 'stats' ? <StatsView /> : null}
          {params.view === 'map' ? <MapView /> : null}
          {params.view === 'requests' ? <RequestsView period={params.period} /> : null}
          {params.view === 'controls' ? <ControlsView /> : null}
        </Suspense>
      )}
    </main>
  );
}
