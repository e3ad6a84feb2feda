import * as z from 'zod/mini';
import {
  accessControls,
  accessRequestCounts,
  auditStatisticsList,
  changelog,
  locationAccessList,
  meta,
  replicationFlows,
  requestCategories,
  storageLocations,
} from './schemas';

/** The schema of each resource, by its key in resources.ts. */
export const resourceSchemas = {
  meta,
  storageLocations,
  replicationFlows,
  locationAccess: locationAccessList,
  accessControls,
  auditStatistics: auditStatisticsList,
  requestCategories,
  accessRequests: accessRequestCounts,
  changelog,
};

export { manifest, translationFile, versionsIndex } from './schemas';
export { checkInSlices } from './checkInSlices';

/** dataset.json: every resource in one file, as each version publishes it. */
export const datasetSchema = z.object(resourceSchemas);
