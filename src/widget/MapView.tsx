import { useState } from 'react';
import { dataOf } from '../lib/fetchCache';
import { useResource, useScopeQuote } from './useResource';
import { ErrorPanel } from '../components/ErrorPanel';
import { Quoting } from '../components/Quoting';
import { QueryState } from '../components/QueryState';
import { retryableLazy } from '../components/RetryableLazy';
import { Skeleton } from '../components/Skeleton';
import { LocationList } from '../features/residency-map/LocationList';
import { MapLegend } from '../features/residency-map/MapLegend';
import { useI18n } from '../i18n/I18nProvider';
import { useIsClient } from '../lib/useIsClient';
import { WidgetFooter } from './WidgetFooter';

const ResidencyMap = retryableLazy(() => import('../features/residency-map/ResidencyMap'));

export function MapView() {
  const { t } = useI18n();
  const scope = useScopeQuote();
  const locations = useResource('storageLocations');
  const flowsState = useResource('replicationFlows');
  const flows = dataOf(flowsState);
  const [selected, setSelected] = useState<string | null>(null);
  const isClient = useIsClient();
  if (scope === null) return <Skeleton minHeight="16rem" />;
  return (
    <>
      <h1 className="widget-title">
        <Quoting text={t('widget.title.map', { scope: scope.text })} quotes={[scope]} />
      </h1>
      <QueryState query={locations} minHeight="18rem">
        {(items) => (
          <>
            <div data-needs-script>
              <div role="region" aria-label={t('map.label')} className="widget-map">
                {/* Written at build time and while it hydrates, the view holds the map's place; Leaflet draws after. */}
                {isClient ? (
                  <ResidencyMap
                    locations={items}
                    flows={flows ?? []}
                    selectedId={selected}
                    onSelect={setSelected}
                    fallback={<Skeleton minHeight="var(--map-height)" />}
                    minHeight="var(--map-height)"
                  />
                ) : (
                  <Skeleton minHeight="var(--map-height)" />
                )}
              </div>
              <MapLegend />
            </div>
            {flowsState.status === 'error' ? (
              // The map without its flows would say there is no replication: the failure is said instead.
              <ErrorPanel error={flowsState.error} onRetry={flowsState.refetch} retrying={flowsState.isFetching} />
            ) : null}
            <LocationList locations={items} selectedId={selected} onSelect={setSelected} />
            <WidgetFooter page="" params={selected ? { location: selected } : {}} />
          </>
        )}
      </QueryState>
    </>
  );
}
