import { lazy, Suspense, useState } from 'react';
import { dataOf } from '../lib/fetchCache';
import { useResource, useScope } from './useResource';
import { QueryState } from '../components/QueryState';
import { Skeleton } from '../components/Skeleton';
import { LocationList } from '../features/residency-map/LocationList';
import { MapLegend } from '../features/residency-map/MapLegend';
import { useI18n } from '../i18n/I18nProvider';
import { WidgetFooter } from './WidgetFooter';

const ResidencyMap = lazy(() => import('../features/residency-map/ResidencyMap'));

export function MapView() {
  const { t } = useI18n();
  const scope = useScope();
  const locations = useResource('storageLocations');
  const flows = dataOf(useResource('replicationFlows'));
  const [selected, setSelected] = useState<string | null>(null);
  if (scope === null) return <Skeleton minHeight="16rem" />;
  return (
    <>
      <h1 className="widget-title">{t('widget.title.map', { scope })}</h1>
      <QueryState query={locations} minHeight="18rem">
        {(items) => (
          <>
            <div role="region" aria-label={t('map.label')} className="widget-map">
              <Suspense fallback={<Skeleton minHeight="var(--map-height)" />}>
                <ResidencyMap locations={items} flows={flows ?? []} selectedId={selected} onSelect={setSelected} />
              </Suspense>
            </div>
            <MapLegend />
            <LocationList locations={items} selectedId={selected} onSelect={setSelected} />
            <WidgetFooter page="" params={selected ? { location: selected } : {}} />
          </>
        )}
      </QueryState>
    </>
  );
}
