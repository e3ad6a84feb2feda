import type { AccessControl, AccessRequestCount, ControlStatus, StorageLocation, StorageRole } from '../../api/schemas';
import { sumCounts, type CountTotal } from '../../lib/counts';

export interface ChinaDisclosures {
  total: CountTotal;
  /** Reported periods that have at least one row for the Chinese government. */
  periodsWithData: number;
  firstPeriod?: string;
  lastPeriod?: string;
}

/** Disclosures to the Chinese government, over every reported period. */
export function chinaDisclosures(requests: AccessRequestCount[]): ChinaDisclosures {
  const rows = requests.filter((row) => row.requesterType === 'chineseGovernment');
  // Period ids (2025-H1) sort chronologically as text.
  const ordered = [...new Set(rows.map((row) => row.period))].sort();
  return {
    total: sumCounts(rows.map((row) => row.disclosed)),
    periodsWithData: ordered.length,
    firstPeriod: ordered[0],
    lastPeriod: ordered.at(-1),
  };
}

export function countByStatus(controls: AccessControl[]): Record<ControlStatus, number> & { total: number } {
  const counts = { implemented: 0, partial: 0, planned: 0, total: controls.length };
  for (const control of controls) counts[control.status] += 1;
  return counts;
}

export function countByRole(locations: StorageLocation[]): Record<StorageRole, number> & { total: number } {
  const counts = { primary: 0, backup: 0, total: locations.length };
  for (const location of locations) counts[location.role] += 1;
  return counts;
}
