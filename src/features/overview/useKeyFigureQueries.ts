import { useQuery } from '@tanstack/react-query';
import {
  accessControlsQuery,
  accessRequestsQuery,
  metaQuery,
  requestCategoriesQuery,
  storageLocationsQuery,
} from '../../api/queries';

/** The resources behind the key figures, each loading and failing on its own. */
export function useKeyFigureQueries() {
  const meta = useQuery(metaQuery());
  const requests = useQuery(accessRequestsQuery());
  const categories = useQuery(requestCategoriesQuery());
  const locations = useQuery(storageLocationsQuery());
  const controls = useQuery(accessControlsQuery());
  return { meta, requests, categories, locations, controls };
}
