import { useQuery } from '@tanstack/react-query';
import { accessControlsQuery, accessRequestsQuery, metaQuery, storageLocationsQuery } from '../../api/queries';
import { useI18n } from '../../i18n/I18nProvider';

/** The four resources behind the key figures, each loading and failing on its own. */
export function useKeyFigureQueries() {
  const { t } = useI18n();
  const meta = useQuery(metaQuery());
  const requests = useQuery(accessRequestsQuery());
  const locations = useQuery(storageLocationsQuery());
  const controls = useQuery(accessControlsQuery());
  return { meta, requests, locations, controls, scope: meta.data?.scope ?? t('shell.defaultScope') };
}
