import { toCsv } from '../../lib/csv';
import type { Dataset, ResourceData, ResourceKey } from '../resources';
import { accessControlsTable } from './accessControls';
import { accessRequestsTable } from './accessRequests';
import { auditStatisticsTable } from './auditStatistics';
import { changelogTable } from './changelog';
import { locationAccessTable } from './locationAccess';
import { replicationFlowsTable } from './replicationFlows';
import { requestCategoriesTable } from './requestCategories';
import { storageLocationsTable } from './storageLocations';
import type { TableCodec } from './table';

export type TabularKey = Exclude<ResourceKey, 'meta'>;
type ItemOf<K extends TabularKey> = ResourceData<K>[number];

/** The CSV form of every tabular resource. */
export const tables: { [K in TabularKey]: TableCodec<ItemOf<K>> } = {
  storageLocations: storageLocationsTable,
  replicationFlows: replicationFlowsTable,
  locationAccess: locationAccessTable,
  accessControls: accessControlsTable,
  auditStatistics: auditStatisticsTable,
  requestCategories: requestCategoriesTable,
  accessRequests: accessRequestsTable,
  changelog: changelogTable,
};

export const tabularKeys = Object.keys(tables) as TabularKey[];

/** One resource as RFC 4180 CSV, with the columns its Table Schema declares. */
export function tableCsv<K extends TabularKey>(key: K, dataset: Dataset): string {
  const table = tables[key] as TableCodec<ItemOf<K>>;
  return toCsv(
    table.columns.map((column) => column.name),
    table.toRows(dataset[key] as ItemOf<K>[]),
  );
}
