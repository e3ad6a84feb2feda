import { sortedPeriods } from '../../api/periods';
import type { AuditStatistics, FindingSeverity } from '../../api/schemas';

export type AuditMetric =
  | 'requestsReceived'
  | 'requestsApproved'
  | 'requestsDenied'
  | 'requestsRevoked'
  | 'medianApprovalHours'
  | 'auditsInternal'
  | 'auditsExternal'
  | `findings.${FindingSeverity}.${'open' | 'closed'}`;

export type AuditGroup = 'requests' | 'audits' | 'findings';

export function auditGroup(metric: AuditMetric): AuditGroup {
  if (metric.startsWith('findings.')) return 'findings';
  if (metric.startsWith('audits')) return 'audits';
  return 'requests';
}

export interface AuditRow {
  metric: AuditMetric;
  current: number;
  previous: number | null;
  unit: 'count' | 'hours';
}

export interface AuditComparison {
  period: string;
  previousPeriod: string | null;
  rows: AuditRow[];
}

function metrics(stats: AuditStatistics): { metric: AuditMetric; value: number; unit: AuditRow['unit'] }[] {
  const requests = stats.employeeAccessRequests;
  return [
    { metric: 'requestsReceived', value: requests.received, unit: 'count' },
    { metric: 'requestsApproved', value: requests.approved, unit: 'count' },
    { metric: 'requestsDenied', value: requests.denied, unit: 'count' },
    { metric: 'requestsRevoked', value: requests.revoked, unit: 'count' },
    { metric: 'medianApprovalHours', value: stats.medianApprovalHours, unit: 'hours' },
    { metric: 'auditsInternal', value: stats.auditsCompleted.internal, unit: 'count' },
    { metric: 'auditsExternal', value: stats.auditsCompleted.external, unit: 'count' },
    ...stats.findings.flatMap((finding) => [
      { metric: `findings.${finding.severity}.open` as const, value: finding.open, unit: 'count' as const },
      { metric: `findings.${finding.severity}.closed` as const, value: finding.closed, unit: 'count' as const },
    ]),
  ];
}

/** The periods in order, oldest first. */
export function auditPeriods(list: AuditStatistics[]): string[] {
  return sortedPeriods(list.map((item) => item.period));
}

/** One period's figures beside the period before it. */
export function compareAuditPeriod(list: AuditStatistics[], period: string): AuditComparison | null {
  const periods = auditPeriods(list);
  const index = periods.indexOf(period);
  const current = list.find((item) => item.period === period);
  if (index < 0 || !current) return null;
  const previousPeriod = periods[index - 1] ?? null;
  const previous = previousPeriod ? list.find((item) => item.period === previousPeriod) : undefined;
  const previousValues = new Map(previous ? metrics(previous).map((row) => [row.metric, row.value]) : []);
  return {
    period,
    previousPeriod,
    rows: metrics(current).map((row) => ({
      metric: row.metric,
      current: row.value,
      previous: previousValues.get(row.metric) ?? null,
      unit: row.unit,
    })),
  };
}
