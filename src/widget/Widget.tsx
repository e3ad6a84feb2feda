import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { metaQuery } from '../api/queries';
import { Skeleton } from '../components/Skeleton';
import { useI18n } from '../i18n/I18nProvider';
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
  const { t } = useI18n();
  const meta = useQuery(metaQuery());
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
      <p className="widget-source">
        {meta.data ? (
          <>
            {t('widget.source', { org: meta.data.organisation.name, version: meta.data.dataVersion })}{' '}
            {meta.data.sample.isSample ? <strong>{t('shell.sampleData')}</strong> : null}
          </>
        ) : (
          '\u00a0'
        )}
      </p>
    </main>
  );
}
