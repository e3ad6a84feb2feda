import { lazy, Suspense } from 'react';
import { Skeleton } from '../components/Skeleton';
import { preloadMap } from '../features/residency-map/preloadMap';
import { useMarkReady } from '../app/useMarkReady';
import { ProblemPanel } from './ProblemPanel';
import { StatsView } from './StatsView';
import { useReportHeight } from './useReportHeight';
import type { WidgetParams, WidgetProblem, WidgetView } from '../lib/widgetParams';

// Views that need the map or chart library load them only when chosen.
const loadMapView = () => import('./MapView').then((module) => ({ default: module.MapView }));
const loadRequestsView = () => import('./RequestsView').then((module) => ({ default: module.RequestsView }));
const loadControlsView = () => import('./ControlsView').then((module) => ({ default: module.ControlsView }));
const MapView = lazy(loadMapView);
const RequestsView = lazy(loadRequestsView);
const ControlsView = lazy(loadControlsView);

/** Starts loading a view's code (and the map's land) before React asks for it. */
export function preloadView(view: WidgetView) {
  const loaders = { stats: null, map: loadMapView, requests: loadRequestsView, controls: loadControlsView };
  void loaders[view]?.();
  if (view === 'map') preloadMap();
}

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
