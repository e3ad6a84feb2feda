import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { locationAccessQuery } from '../../api/queries';
import { useTranslatedResource } from '../../components/useTranslatedResource';
import { ErrorPanel } from '../../components/ErrorPanel';
import { QueryState } from '../../components/QueryState';
import { retryableLazy } from '../../components/RetryableLazy';
import { Skeleton } from '../../components/Skeleton';
import { useI18n } from '../../i18n/I18nProvider';
import { useIsClient } from '../../lib/useIsClient';
import { useNearViewport } from '../../lib/useNearViewport';
import { LocationList } from './LocationList';
import { MapLegend } from './MapLegend';
import { useSelectedLocation } from './useSelectedLocation';

// Leaflet loads only on pages that draw the map.
const ResidencyMap = retryableLazy(() => import('./ResidencyMap'));
// A place's details load when a reader picks one, not with the page (about 1 KB gzipped).
const LocationDetails = retryableLazy(() => import('./LocationDetails'));

const MAP_HEIGHT = 'var(--map-height)';

export function ResidencySection() {
  const { t } = useI18n();
  const locationsQuery = useTranslatedResource('storageLocations');
  const flowsQuery = useTranslatedResource('replicationFlows');
  const [selectedId, select] = useSelectedLocation();
  const isClient = useIsClient();
  const queryClient = useQueryClient();
  // A place's details show its access figures: they are fetched alongside the details' code, not after it.
  useEffect(() => {
    if (selectedId) void queryClient.prefetchQuery(locationAccessQuery());
  }, [selectedId, queryClient]);
  // Leaflet, the land and their drawing wait until the map is about to be seen (below the key figures on a phone).
  const [mapArea, nearViewport] = useNearViewport();
  const flows = flowsQuery.data ?? [];

  return (
    <section aria-labelledby="residency-title" id="storage-locations" className="residency">
      <h2 id="residency-title">{t('map.title')}</h2>
      <QueryState query={locationsQuery} minHeight={MAP_HEIGHT}>
        {(locations) => {
          if (locations.length === 0) return <p>{t('map.empty')}</p>;
          const selected = selectedId ? locations.find((item) => item.id === selectedId) : undefined;
          return (
            <>
              <div className="residency__map-area">
                <div role="region" aria-label={t('map.label')} className="residency__map" ref={mapArea}>
                  {isClient && nearViewport ? (
                    <ResidencyMap
                      locations={locations}
                      flows={flows}
                      selectedId={selectedId}
                      onSelect={select}
                      fallback={<Skeleton minHeight={MAP_HEIGHT} />}
                      minHeight={MAP_HEIGHT}
                    />
                  ) : (
                    <Skeleton minHeight={MAP_HEIGHT} />
                  )}
                  <p className="map-credit">{t('map.baseMapCredit')}</p>
                </div>
                <div className="residency__aside">
                  <MapLegend />
                  {flowsQuery.isError ? (
                    <ErrorPanel
                      error={flowsQuery.error}
                      onRetry={() => void flowsQuery.refetch()}
                      retrying={flowsQuery.isFetching}
                    />
                  ) : null}
                  <div aria-live="polite">
                    {selected ? (
                      <LocationDetails
                        location={selected}
                        locations={locations}
                        flows={flows}
                        onClose={() => select(null)}
                        fallback={<Skeleton minHeight="8rem" />}
                      />
                    ) : selectedId ? (
                      <p role="alert">{t('location.notFound', { id: selectedId })}</p>
                    ) : (
                      <p className="muted">{t('map.hint')}</p>
                    )}
                  </div>
                </div>
              </div>
              <LocationList locations={locations} selectedId={selectedId} onSelect={select} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
