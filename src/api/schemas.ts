import { z } from 'zod';

/** ISO 8601 calendar date, e.g. 2025-12-31. */
export const isoDate = z.iso.date();

export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code');

/**
 * A published figure. `kind` says how much is known, so that a real zero is
 * never confused with a hidden or missing value.
 */
export const exactCount = z.object({
  kind: z.literal('exact'),
  value: z.int().nonnegative(),
});
export const suppressedCount = z.object({
  kind: z.literal('suppressed'),
  /** The true value is below this threshold (it may be zero). A threshold of 1 would be an exact zero. */
  lessThan: z.int().min(2),
});
export const bandCount = z
  .object({
    kind: z.literal('band'),
    min: z.int().nonnegative(),
    max: z.int().nonnegative(),
  })
  .refine((band) => band.max >= band.min, {
    message: 'max must be at least min',
    path: ['max'],
  });
export const notReportedCount = z.object({
  kind: z.literal('notReported'),
  reason: z.string().optional(),
});
export const count = z.discriminatedUnion('kind', [exactCount, suppressedCount, bandCount, notReportedCount]);
export type Count = z.infer<typeof count>;

/** A half-year reporting period, e.g. 2025-H1. Ids sort chronologically as text. */
export const periodId = z.string().regex(/^\d{4}-H[12]$/, 'half-year id such as 2025-H1');

export const period = z.object({
  id: periodId,
  start: isoDate,
  end: isoDate,
});
export type Period = z.infer<typeof period>;

export const meta = z.object({
  organisation: z.object({ name: z.string().min(1), url: z.url().optional() }),
  scope: z.string().min(1),
  periods: z.array(period).min(1),
  lastUpdated: isoDate,
  asOf: isoDate,
  dataVersion: z.string().min(1),
  sample: z.object({ isSample: z.boolean(), disclaimer: z.string() }),
});
export type Meta = z.infer<typeof meta>;

export const storageRole = z.enum(['primary', 'backup']);
export type StorageRole = z.infer<typeof storageRole>;

export const storageLocation = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  countryCode,
  role: storageRole,
  coordinates: z.object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  }),
  provider: z.string().min(1),
  dataCategories: z.array(z.string()),
  certifications: z.array(z.string()),
  encryption: z.object({
    atRest: z.string(),
    inTransit: z.string(),
    keyManagement: z.string(),
  }),
  since: isoDate,
  /** Employee-access requests approved for data held at this location. */
  employeeAccessApproved: z.array(z.object({ period: periodId, approved: count })).default([]),
});
export type StorageLocation = z.infer<typeof storageLocation>;
export const storageLocations = z.array(storageLocation);

export const replicationFlow = z.object({
  id: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  mode: z.enum(['synchronous', 'asynchronous']),
  description: z.string(),
  encryptionInTransit: z.string(),
  dataCategories: z.array(z.string()),
});
export type ReplicationFlow = z.infer<typeof replicationFlow>;
export const replicationFlows = z.array(replicationFlow);

export const framework = z.enum(['ISO27001', 'SOC2', 'NIST80053']);
export type Framework = z.infer<typeof framework>;
export const controlCategory = z.enum([
  'identity',
  'approval',
  'monitoring',
  'dataProtection',
  'personnel',
  'thirdParty',
]);
export type ControlCategory = z.infer<typeof controlCategory>;
export const controlStatus = z.enum(['implemented', 'partial', 'planned']);
export type ControlStatus = z.infer<typeof controlStatus>;

export const accessControl = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]+$/),
  title: z.string().min(1),
  description: z.string(),
  category: controlCategory,
  status: controlStatus,
  frameworks: z.array(z.object({ framework, reference: z.string().min(1) })),
  /** Any string: only http(s) URLs are rendered as links. */
  evidence: z.array(z.object({ label: z.string(), url: z.string() })),
  lastReviewed: isoDate,
});
export type AccessControl = z.infer<typeof accessControl>;
export const accessControls = z.array(accessControl);

export const findingSeverity = z.enum(['critical', 'high', 'medium', 'low']);
export type FindingSeverity = z.infer<typeof findingSeverity>;

const tally = z.int().nonnegative();
export const auditStatistics = z.object({
  period: periodId,
  employeeAccessRequests: z.object({
    received: tally,
    approved: tally,
    denied: tally,
    revoked: tally,
  }),
  medianApprovalHours: z.number().nonnegative(),
  auditsCompleted: z.object({ internal: tally, external: tally }),
  findings: z.array(z.object({ severity: findingSeverity, open: tally, closed: tally })),
});
export type AuditStatistics = z.infer<typeof auditStatistics>;
export const auditStatisticsList = z.array(auditStatistics);

export const requesterType = z.enum([
  'usLawEnforcement',
  'usNationalSecurity',
  'otherUsGovernment',
  'foreignGovernment',
  'chineseGovernment',
  'civilLitigant',
  'internalEmployee',
]);
export type RequesterType = z.infer<typeof requesterType>;

export const accessRequestCount = z.object({
  period: periodId,
  requesterType,
  country: countryCode,
  received: count,
  disclosed: count,
});
export type AccessRequestCount = z.infer<typeof accessRequestCount>;
export const accessRequestCounts = z.array(accessRequestCount);

export const changelogEntry = z.object({
  dataVersion: z.string(),
  date: isoDate,
  changes: z.array(z.string()),
});
export const changelog = z.array(changelogEntry);
export type ChangelogEntry = z.infer<typeof changelogEntry>;

export const manifest = z.object({
  dataVersion: z.string(),
  generated: isoDate,
  algorithm: z.literal('SHA-256'),
  files: z.array(
    z.object({
      /** Relative to /api/v1/. */
      file: z.string().regex(/^[\w.-]+$/),
      bytes: z.int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});
export type Manifest = z.infer<typeof manifest>;
