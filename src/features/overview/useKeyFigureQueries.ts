import { useTranslatedResource } from '../../components/useTranslatedResource';
import { useQuery } from '@tanstack/react-query';
import { accessRequestsQuery } from '../../api/queries';

/** The resources behind the key figures, each loading and failing on its own. */
export function useKeyFigureQueries() {
  const meta = useTranslatedResource('meta');
  const requests = useQuery(accessRequestsQuery());
  const categories = useTranslatedResource('requestCategories');
  const locations = useTranslatedResource('storageLocations');
  const controls = useTranslatedResource('accessControls');
  return { meta, requests, categories, locations, controls };
}
