import { queryOptions } from '@tanstack/react-query';
import { fetchManifest, fetchResource } from './client';
import type { ResourceKey } from './resources';

export const transparencyKeys = {
  all: ['transparency', 'v1'] as const,
  resource: (key: ResourceKey) => [...transparencyKeys.all, key] as const,
};

function resourceQuery<K extends ResourceKey>(key: K) {
  return queryOptions({
    queryKey: transparencyKeys.resource(key),
    queryFn: ({ signal }) => fetchResource(key, { signal }),
    staleTime: 5 * 60_000,
  });
}

export const metaQuery = () => resourceQuery('meta');
export const storageLocationsQuery = () => resourceQuery('storageLocations');
export const replicationFlowsQuery = () => resourceQuery('replicationFlows');
export const accessControlsQuery = () => resourceQuery('accessControls');
export const auditStatisticsQuery = () => resourceQuery('auditStatistics');
export const accessRequestsQuery = () => resourceQuery('accessRequests');
export const changelogQuery = () => resourceQuery('changelog');
export const requestCategoriesQuery = () => resourceQuery('requestCategories');
export const locationAccessQuery = () => resourceQuery('locationAccess');

export const manifestQuery = () =>
  queryOptions({
    queryKey: [...transparencyKeys.all, 'manifest'] as const,
    queryFn: ({ signal }) => fetchManifest({ signal }),
    staleTime: 5 * 60_000,
  });
