import { toCsv, type CsvCell } from '../lib/csv';
import { countBounds } from '../lib/counts';
import type { Dataset } from '../../mocks/data/dataset';
import type { Count } from './schemas';

/** kind, min, max, note: bounds of the count; an unknown bound stays empty. */
function countCells(count: Count): CsvCell[] {
  const bounds = countBounds(count);
  return [
    count.kind,
    count.kind === 'notReported' ? null : bounds.min,
    bounds.max,
    count.kind === 'notReported' ? count.reason : null,
  ];
}

const countHeader = (name: string) => [`${name}_kind`, `${name}_min`, `${name}_max`, `${name}_note`];
const list = (items: string[]) => items.join('; ');

/** The tabular resources as RFC 4180 CSV, one file per resource. */
export function datasetCsvFiles(dataset: Dataset): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    'storage-locations.csv',
    toCsv(
      [
        'id',
        'name',
        'country',
        'role',
        'lat',
        'lon',
        'provider',
        'data_categories',
        'certifications',
        'encryption_at_rest',
        'encryption_in_transit',
        'key_management',
        'since',
      ],
      dataset.storageLocations.map((item) => [
        item.id,
        item.name,
        item.countryCode,
        item.role,
        item.coordinates.lat,
        item.coordinates.lon,
        item.provider,
        list(item.dataCategories),
        list(item.certifications),
        item.encryption.atRest,
        item.encryption.inTransit,
        item.encryption.keyManagement,
        item.since,
      ]),
    ),
  );
  files.set(
    'replication-flows.csv',
    toCsv(
      ['id', 'from', 'to', 'mode', 'description', 'encryption_in_transit', 'data_categories'],
      dataset.replicationFlows.map((flow) => [
        flow.id,
        flow.from,
        flow.to,
        flow.mode,
        flow.description,
        flow.encryptionInTransit,
        list(flow.dataCategories),
      ]),
    ),
  );
  files.set(
    'access-controls.csv',
    toCsv(
      ['id', 'title', 'category', 'status', 'frameworks', 'evidence_urls', 'last_reviewed', 'description'],
      dataset.accessControls.map((control) => [
        control.id,
        control.title,
        control.category,
        control.status,
        list(control.frameworks.map((mapping) => `${mapping.framework} ${mapping.reference}`)),
        control.evidence.map((item) => item.url).join(' '),
        control.lastReviewed,
        control.description,
      ]),
    ),
  );
  const severities = ['critical', 'high', 'medium', 'low'] as const;
  files.set(
    'audit-statistics.csv',
    toCsv(
      [
        'period',
        'requests_received',
        'requests_approved',
        'requests_denied',
        'requests_revoked',
        'median_approval_hours',
        'audits_internal',
        'audits_external',
        ...severities.flatMap((severity) => [`findings_${severity}_open`, `findings_${severity}_closed`]),
      ],
      dataset.auditStatistics.map((stats) => [
        stats.period,
        stats.employeeAccessRequests.received,
        stats.employeeAccessRequests.approved,
        stats.employeeAccessRequests.denied,
        stats.employeeAccessRequests.revoked,
        stats.medianApprovalHours,
        stats.auditsCompleted.internal,
        stats.auditsCompleted.external,
        ...severities.flatMap((severity) => {
          const finding = stats.findings.find((item) => item.severity === severity);
          return [finding?.open ?? null, finding?.closed ?? null];
        }),
      ]),
    ),
  );
  files.set(
    'access-requests.csv',
    toCsv(
      ['period', 'requester_type', 'country', ...countHeader('received'), ...countHeader('disclosed')],
      dataset.accessRequests.map((row) => [
        row.period,
        row.requesterType,
        row.country,
        ...countCells(row.received),
        ...countCells(row.disclosed),
      ]),
    ),
  );
  files.set(
    'changelog.csv',
    toCsv(
      ['data_version', 'date', 'change'],
      dataset.changelog.flatMap((entry) => entry.changes.map((change) => [entry.dataVersion, entry.date, change])),
    ),
  );
  return files;
}
