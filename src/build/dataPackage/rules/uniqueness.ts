import type { ResourceKey } from '../../../api/resources';
import type { CheckedData, Finding, Rule } from './finding';

/** Reports each row whose key an earlier row already has. */
function duplicates<T>(
  resource: ResourceKey,
  items: readonly T[] | undefined,
  keyOf: (item: T) => string,
  describe: (key: string) => string,
  path: (string | number)[],
): Finding[] {
  const first = new Map<string, number>();
  const findings: Finding[] = [];
  items?.forEach((item, index) => {
    const key = keyOf(item);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else {
      findings.push({
        severity: 'error',
        rule: 'unique-id',
        resource,
        index,
        path,
        relatedIndex: earlier,
        message: `${describe(key)} appears twice`,
        hint: 'Each row needs its own id; merge the two rows or give one another id.',
      });
    }
  });
  return findings;
}

export const uniqueIds: Rule = (data: CheckedData) => [
  ...duplicates(
    'storageLocations',
    data.storageLocations,
    (item) => item.id,
    (id) => `the location id “${id}”`,
    ['id'],
  ),
  ...duplicates(
    'replicationFlows',
    data.replicationFlows,
    (item) => item.id,
    (id) => `the flow id “${id}”`,
    ['id'],
  ),
  ...duplicates(
    'accessControls',
    data.accessControls,
    (item) => item.id,
    (id) => `the control id “${id}”`,
    ['id'],
  ),
  ...duplicates(
    'requestCategories',
    data.requestCategories,
    (item) => item.id,
    (id) => `the category id “${id}”`,
    ['id'],
  ),
  ...duplicates(
    'auditStatistics',
    data.auditStatistics,
    (item) => item.period,
    (id) => `the period ${id}`,
    ['period'],
  ),
  ...duplicates(
    'changelog',
    data.changelog,
    (item) => item.dataVersion,
    (id) => `the data version ${id}`,
    ['dataVersion'],
  ),
  ...duplicates(
    'accessRequests',
    data.accessRequests,
    (row) => `${row.period} ${row.category} ${row.country}`,
    (key) => `the figure for ${key}`,
    ['period'],
  ),
  ...duplicates(
    'locationAccess',
    data.locationAccess,
    (row) => `${row.location} ${row.period}`,
    (key) => `the figure for ${key}`,
    ['location'],
  ),
  ...(data.meta
    ? duplicates(
        'meta',
        data.meta.periods,
        (item) => item.id,
        (id) => `the period ${id}`,
        ['id'],
      ).map((finding) => ({
        ...finding,
        path: ['periods', finding.index!, 'id'],
        index: undefined,
        relatedIndex: undefined,
      }))
    : []),
];
