import type { ComponentType } from 'react';
import { retryableLazy } from '../components/RetryableLazy';
import { Skeleton } from '../components/Skeleton';
import { preloadMap } from '../features/residency-map/preloadMap';
import { useMarkReady } from '../app/useMarkReady';
import { ProblemPanel } from './ProblemPanel';
import { StatsView } from './StatsView';
import { useReportHeight } from './useReportHeight';
import { WidgetMain } from './WidgetMain';
import type { WidgetParams, WidgetProblem, WidgetView } from '../lib/widgetParams';

// Views that need the map or chart library load them only when chosen.
const loadMapView = () => import('./MapView').then((module) => ({ default: module.MapView }));
const loadRequestsView = () => import('./RequestsView').then((module) => ({ default: module.RequestsView }));
const loadControlsView = () => import('./ControlsView').then((module) => ({ default: module.ControlsView }));
export const viewLoaders = { map: loadMapView, requests: loadRequestsView, controls: loadControlsView };
const lazyViews = {
  map: retryableLazy(loadMapView),
  requests: retryableLazy(loadRequestsView),
  controls: retryableLazy(loadControlsView),
};

/** Starts loading a view's code (and the map's land) before React asks for it. */
export function preloadView(view: WidgetView) {
  if (view !== 'stats') void viewLoaders[view]().catch(() => undefined);
  if (view === 'map') preloadMap();
}

interface Props {
  params: WidgetParams;
  problems: WidgetProblem[];
  /** The view's code, loaded already: a view written at build time hydrates with it, no Suspense in between. */
  view?: ComponentType<{ period: string | null }>;
}

export function Widget({ params, problems, view: LoadedView }: Props) {
  useReportHeight();
  useMarkReady();
  // The stats view is in this bundle: it draws at once, with nothing to load or fail.
  const LazyView = params.view === 'stats' ? null : lazyViews[params.view];
  return (
    <WidgetMain>
      {problems.length > 0 ? (
        <ProblemPanel problems={problems} />
      ) : LoadedView ? (
        <LoadedView period={params.period} />
      ) : LazyView ? (
        <LazyView period={params.period} fallback={<Skeleton minHeight="16rem" />} minHeight="16rem" />
      ) : (
        <StatsView />
      )}
    </WidgetMain>
  );
}
