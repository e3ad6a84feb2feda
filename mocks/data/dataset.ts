import type { ResourceData, ResourceKey } from '../../src/api/resources';
import { accessControls } from './access-controls';
import { accessRequests } from './access-requests';
import { auditStatistics } from './audit-statistics';
import { changelog } from './changelog';
import { meta } from './meta';
import { replicationFlows } from './replication-flows';
import { storageLocations } from './storage-locations';

export type Dataset = { [K in ResourceKey]: ResourceData<K> };

/** The sample dataset served by msw in development and tests, and published by the build. */
export const sampleDataset: Dataset = {
  meta,
  storageLocations,
  replicationFlows,
  accessControls,
  auditStatistics,
  accessRequests,
  changelog,
};
