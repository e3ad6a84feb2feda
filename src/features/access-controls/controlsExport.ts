import type { AccessControl, Meta } from '../../api/schemas';
import { toCsv } from '../../lib/csv';
import { isReviewOverdue } from './controlQuery';

export const controlCsvHeader = [
  'id',
  'title',
  'category',
  'status',
  'frameworks',
  'last_reviewed',
  'review_overdue',
  'evidence_urls',
  'description',
];

export function controlsToCsv(controls: AccessControl[], asOf: string): string {
  return toCsv(
    controlCsvHeader,
    controls.map((control) => [
      control.id,
      control.title,
      control.category,
      control.status,
      control.frameworks.map((mapping) => `${mapping.framework} ${mapping.reference}`).join('; '),
      control.lastReviewed,
      isReviewOverdue(control.lastReviewed, asOf),
      control.evidence.map((item) => item.url).join(' '),
      control.description,
    ]),
  );
}

export interface ControlsJsonExport {
  dataVersion: string;
  asOf: string;
  view: string;
  total: number;
  controls: AccessControl[];
}

export function controlsToJson(controls: AccessControl[], meta: Meta, view: string, total: number): string {
  const record: ControlsJsonExport = { dataVersion: meta.dataVersion, asOf: meta.asOf, view, total, controls };
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** access-controls_v2026.2_2025-12-31_all.csv: the data version and as-of date, then the scope. */
export function exportFileName(meta: Meta, scope: 'all' | 'filtered', extension: 'csv' | 'json'): string {
  const version = meta.dataVersion.replace(/[^\w.-]+/g, '-');
  return `access-controls_v${version}_${meta.asOf}_${scope}.${extension}`;
}
