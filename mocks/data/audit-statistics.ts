import type { AuditStatistics } from '../../src/api/schemas';

type Row = [
  period: string,
  received: number,
  approved: number,
  denied: number,
  revoked: number,
  hours: number,
  internal: number,
  external: number,
  openCH: number,
  closedCH: number,
  openML: number,
  closedML: number,
];

const rows: Row[] = [
  ['2023-H1', 1340, 1102, 221, 17, 9.5, 3, 1, 2, 4, 6, 11],
  ['2023-H2', 1210, 1004, 190, 16, 8.0, 4, 1, 1, 6, 5, 14],
  ['2024-H1', 1105, 902, 188, 15, 6.5, 4, 2, 1, 3, 4, 12],
  ['2024-H2', 980, 803, 165, 12, 5.0, 5, 1, 0, 2, 3, 10],
  ['2025-H1', 902, 731, 160, 11, 4.5, 5, 2, 0, 1, 4, 9],
  ['2025-H2', 860, 688, 163, 9, 4.0, 6, 2, 0, 1, 2, 8],
];

export const auditStatistics: AuditStatistics[] = rows.map(
  ([period, received, approved, denied, revoked, hours, internal, external, openCH, closedCH, openML, closedML]) => ({
    period,
    employeeAccessRequests: { received, approved, denied, revoked },
    medianApprovalHours: hours,
    auditsCompleted: { internal, external },
    findings: [
      { severity: 'critical', open: 0, closed: Math.min(closedCH, 1) },
      { severity: 'high', open: openCH, closed: closedCH - Math.min(closedCH, 1) },
      { severity: 'medium', open: openML, closed: Math.ceil(closedML / 2) },
      { severity: 'low', open: Math.max(openML - 2, 0), closed: Math.floor(closedML / 2) },
    ],
  }),
);
