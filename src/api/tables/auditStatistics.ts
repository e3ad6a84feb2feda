import type { AuditStatistics, FindingSeverity } from '../schemas';
import { findingSeverities } from '../vocabulary';
import { columnLookup, decodeEach, type Column, type TableCodec } from './table';

const severities = findingSeverities;

const tally = (name: string, description: string): Column => ({ name, type: 'integer', required: true, description });

export const auditStatisticsTable: TableCodec<AuditStatistics> = {
  resource: 'auditStatistics',
  columns: [
    { name: 'period', type: 'string', required: true, description: 'Reporting period id.' },
    tally('requests_received', 'Employee-access requests received.'),
    tally('requests_approved', 'Requests approved.'),
    tally('requests_denied', 'Requests denied.'),
    tally('requests_revoked', 'Approvals revoked.'),
    { name: 'requests_note', type: 'string', description: 'Why received is not approved + denied + revoked.' },
    { name: 'median_approval_hours', type: 'number', required: true, description: 'Median time to approve, in hours.' },
    tally('audits_internal', 'Internal audits completed.'),
    tally('audits_external', 'External audits completed.'),
    ...severities.flatMap((severity): Column[] => [
      { name: `findings_${severity}_open`, type: 'integer', description: `${severity} findings still open.` },
      { name: `findings_${severity}_closed`, type: 'integer', description: `${severity} findings closed.` },
    ]),
  ],
  primaryKey: ['period'],
  toRows: (items) =>
    items.map((stats) => [
      stats.period,
      stats.employeeAccessRequests.received,
      stats.employeeAccessRequests.approved,
      stats.employeeAccessRequests.denied,
      stats.employeeAccessRequests.revoked,
      stats.employeeAccessRequests.note,
      stats.medianApprovalHours,
      stats.auditsCompleted.internal,
      stats.auditsCompleted.external,
      ...severities.flatMap((severity) => {
        const finding = stats.findings.find((item) => item.severity === severity);
        return [finding?.open, finding?.closed];
      }),
    ]),
  fromRecords: (records) =>
    decodeEach(records, (read) => {
      const note = read.text('requests_note');
      return {
        period: read.text('period'),
        employeeAccessRequests: {
          received: read.number('requests_received'),
          approved: read.number('requests_approved'),
          denied: read.number('requests_denied'),
          revoked: read.number('requests_revoked'),
          ...(note ? { note } : {}),
        },
        medianApprovalHours: read.number('median_approval_hours'),
        auditsCompleted: { internal: read.number('audits_internal'), external: read.number('audits_external') },
        findings: severities
          .filter((severity) => read.text(`findings_${severity}_open`) || read.text(`findings_${severity}_closed`))
          .map((severity) => ({
            severity,
            open: read.number(`findings_${severity}_open`),
            closed: read.number(`findings_${severity}_closed`),
          })),
      };
    }),
  columnOf: (path, item) => {
    const [field, index, part] = path;
    if (field === 'findings' && typeof index === 'number') {
      const severity = (item as Partial<AuditStatistics> | undefined)?.findings?.[index]?.severity ?? 'critical';
      return `findings_${severity}_${part === 'closed' ? 'closed' : 'open'}`;
    }
    return columnLookup({
      period: 'period',
      'employeeAccessRequests.received': 'requests_received',
      'employeeAccessRequests.approved': 'requests_approved',
      'employeeAccessRequests.denied': 'requests_denied',
      'employeeAccessRequests.revoked': 'requests_revoked',
      'employeeAccessRequests.note': 'requests_note',
      medianApprovalHours: 'median_approval_hours',
      'auditsCompleted.internal': 'audits_internal',
      'auditsCompleted.external': 'audits_external',
    })(path);
  },
};

/** Findings in the order the CSV has them, so JSON and CSV read the same. */
export function sortFindings(stats: AuditStatistics): AuditStatistics {
  const order = (severity: FindingSeverity) => severities.indexOf(severity);
  return { ...stats, findings: [...stats.findings].sort((a, b) => order(a.severity) - order(b.severity)) };
}
