import { useState } from 'react';
import { dataOf } from '../lib/fetchCache';
import { useResource, useScope } from './useResource';
import { ErrorPanel } from '../components/ErrorPanel';
import { QueryState } from '../components/QueryState';
import { retryableLazy } from '../components/RetryableLazy';
import { Skeleton } from '../components/Skeleton';
import { LocationList } from '../features/residency-map/LocationList';
import { MapLegend } from '../features/residency-map/MapLegend';
import { useI18n } from '../i18n/I18nProvider';
import { WidgetFooter } from './WidgetFooter';

const ResidencyMap = retryableLazy(() => import('../features/residency-map/ResidencyMap'));

export function MapView() {
  const { t } = useI18n();
  const scope = useScope();
  const locations = useResource('storageLocations');
  const flowsState = useResource('replicationFlows');
  const flows = dataOf(flowsState);
  const [selected, setSelected] = useState<string | null>(null);
  if (scope === null) return <Skeleton minHeight="16rem" />;
  return (
    <>
      <h1 className="widget-title">{t('widget.title.map', { scope })}</h1>
      <QueryState query={locations} minHeight="18rem">
        {(items) => (
          <>
            <div role="region" aria-label={t('map.label')} className="widget-map">
              <ResidencyMap
                locations={items}
                flows={flows ?? []}
                selectedId={selected}
                onSelect={setSelected}
                fallback={<Skeleton minHeight="var(--map-height)" />}
                minHeight="var(--map-height)"
              />
            </div>
            {flowsState.status === 'error' ? (
              // The map without its flows would say there is no replication: the failure is said instead.
              <ErrorPanel error={flowsState.error} onRetry={flowsState.refetch} retrying={flowsState.isFetching} />
            ) : null}
            <MapLegend />
            <LocationList locations={items} selectedId={selected} onSelect={setSelected} />
            <WidgetFooter page="" params={selected ? { location: selected } : {}} />
          </>
        )}
      </QueryState>
    </>
  );
}
