import { isShare } from '../../../api/vocabulary';
import { countBounds, sumCounts } from '../../../lib/counts';
import { describeCount } from './describeCount';
import type { Finding, Rule } from './finding';

/** Within a row, disclosures fit inside the requests received, as intervals. */
export const disclosedWithinReceived: Rule = ({ accessRequests }) =>
  (accessRequests ?? []).flatMap((row, index): Finding[] => {
    const received = countBounds(row.received);
    if (isShare(row.disclosed)) {
      const lowest = row.disclosed.kind === 'share' ? row.disclosed.percent : row.disclosed.minPercent;
      if (received.max === 0 && lowest > 0) {
        return [
          {
            severity: 'error',
            rule: 'disclosed-within-received',
            resource: 'accessRequests',
            index,
            path: ['disclosed'],
            message: `a share of at least ${lowest}% is published for 0 requests received`,
            hint: 'With no requests, nothing can have been disclosed: the share is 0 or not reported.',
          },
        ];
      }
      return [];
    }
    const disclosed = countBounds(row.disclosed);
    if (received.max === null || disclosed.min <= received.max) return [];
    const suppressed = row.received.kind === 'suppressed' && row.disclosed.kind === 'exact';
    return [
      {
        severity: 'error',
        rule: suppressed ? 'suppressed-contradicted' : 'disclosed-within-received',
        resource: 'accessRequests',
        index,
        path: ['disclosed'],
        message: suppressed
          ? `received is published as ${describeCount(row.received)}, but disclosed is exactly ${disclosed.min}, so received is at least ${disclosed.min}`
          : `disclosed is ${describeCount(row.disclosed)}, more than received (${describeCount(row.received)})`,
        hint: suppressed
          ? 'A figure labelled “fewer than N” cannot be at or above N. Publish received exactly, or raise the threshold.'
          : 'A request leads to at most one disclosure; check both figures.',
      },
    ];
  });

/** Per-location approvals add up to no more than the audit statistics' approvals for the period. */
export const locationApprovalsWithinAudit: Rule = ({ locationAccess, auditStatistics }) => {
  if (!locationAccess || !auditStatistics || locationAccess.length === 0) return [];
  const findings: Finding[] = [];
  const periods = [...new Set(locationAccess.map((row) => row.period))];
  for (const period of periods) {
    const rows = locationAccess.map((row, index) => ({ row, index })).filter(({ row }) => row.period === period);
    const firstIndex = rows[0]!.index;
    const total = sumCounts(rows.map(({ row }) => row.approved));
    const auditIndex = auditStatistics.findIndex((stats) => stats.period === period);
    const range =
      total.max === null
        ? `at least ${total.min}`
        : total.min === total.max
          ? `${total.min}`
          : `${total.min}–${total.max}`;
    if (auditIndex < 0) {
      findings.push({
        severity: 'warning',
        rule: 'location-approvals-within-audit',
        resource: 'locationAccess',
        index: firstIndex,
        path: ['period'],
        message: `the locations report approvals for ${period}, but the audit statistics have no ${period}`,
        hint: 'Add the period to audit-statistics, so the two can be compared.',
      });
      continue;
    }
    const approved = auditStatistics[auditIndex]!.employeeAccessRequests.approved;
    if (total.min > approved) {
      findings.push({
        severity: 'error',
        rule: 'location-approvals-within-audit',
        resource: 'locationAccess',
        index: firstIndex,
        path: ['approved'],
        message: `the locations' approvals for ${period} add up to ${range}, more than the ${approved} approved in audit-statistics`,
        hint: 'Approvals counted per location cannot exceed all approvals; correct one of the two.',
      });
    } else if (total.max !== null && total.max < approved) {
      findings.push({
        severity: 'warning',
        rule: 'location-approvals-within-audit',
        resource: 'locationAccess',
        index: firstIndex,
        path: ['approved'],
        message: `the locations' approvals for ${period} add up to ${range}, but audit-statistics counts ${approved}`,
        hint: 'Readers will see that some approvals are not attributed to a location.',
      });
    }
  }
  return findings;
};

/** Employee-access requests received are approved, denied or revoked, or the package says why not. */
export const auditBalance: Rule = ({ auditStatistics }) =>
  (auditStatistics ?? []).flatMap((stats, index): Finding[] => {
    const { received, approved, denied, revoked, note } = stats.employeeAccessRequests;
    const settled = approved + denied + revoked;
    if (settled === received || note) return [];
    return [
      {
        severity: 'error',
        rule: 'audit-balance',
        resource: 'auditStatistics',
        index,
        path: ['employeeAccessRequests', 'received'],
        message: `received is ${received}, but approved + denied + revoked is ${settled}`,
        hint: 'Correct the figures, or say why they differ (requests still pending, say) in the note (requests_note in CSV).',
      },
    ];
  });
