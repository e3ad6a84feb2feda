// zod/mini has the same parser as zod with a tree-shakable API: about 20 KB
// less gzipped JavaScript on every page, including the embeddable widget.
import * as z from 'zod/mini';

const nonEmpty = () => z.string().check(z.minLength(1));

/** ISO 8601 calendar date, e.g. 2025-12-31. */
export const isoDate = z.iso.date();

export const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code'));

/**
 * A published figure. `kind` says how much is known, so that a real zero is
 * never confused with a hidden or missing value.
 */
export const exactCount = z.object({
  kind: z.literal('exact'),
  value: z.int().check(z.nonnegative()),
});
export const suppressedCount = z.object({
  kind: z.literal('suppressed'),
  /** The true value is below this threshold (it may be zero). A threshold of 1 would be an exact zero. */
  lessThan: z.int().check(z.gte(2)),
});
export const bandCount = z
  .object({
    kind: z.literal('band'),
    min: z.int().check(z.nonnegative()),
    max: z.int().check(z.nonnegative()),
  })
  .check(
    z.refine((band) => band.max >= band.min, {
      message: 'max must be at least min',
      path: ['max'],
    }),
  );
export const notReportedCount = z.object({
  kind: z.literal('notReported'),
  reason: z.optional(z.string()),
});
export const count = z.discriminatedUnion('kind', [exactCount, suppressedCount, bandCount, notReportedCount]);
export type Count = z.infer<typeof count>;

/** A half-year reporting period, e.g. 2025-H1. Ids sort chronologically as text. */
export const periodId = z.string().check(z.regex(/^\d{4}-H[12]$/, 'half-year id such as 2025-H1'));

export const period = z.object({
  id: periodId,
  start: isoDate,
  end: isoDate,
});
export type Period = z.infer<typeof period>;

export const meta = z.object({
  organisation: z.object({ name: nonEmpty(), url: z.optional(z.url()) }),
  scope: nonEmpty(),
  periods: z.array(period).check(z.minLength(1)),
  lastUpdated: isoDate,
  asOf: isoDate,
  dataVersion: nonEmpty(),
  sample: z.object({ isSample: z.boolean(), disclaimer: z.string() }),
});
export type Meta = z.infer<typeof meta>;

export const storageRole = z.enum(['primary', 'backup']);
export type StorageRole = z.infer<typeof storageRole>;

export const storageLocation = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: nonEmpty(),
  countryCode,
  role: storageRole,
  coordinates: z.object({
    lat: z.number().check(z.gte(-90), z.lte(90)),
    lon: z.number().check(z.gte(-180), z.lte(180)),
  }),
  provider: nonEmpty(),
  dataCategories: z.array(z.string()),
  certifications: z.array(z.string()),
  encryption: z.object({
    atRest: z.string(),
    inTransit: z.string(),
    keyManagement: z.string(),
  }),
  since: isoDate,
  /** Employee-access requests approved for data held at this location. */
  employeeAccessApproved: z._default(z.array(z.object({ period: periodId, approved: count })), []),
});
export type StorageLocation = z.infer<typeof storageLocation>;
export const storageLocations = z.array(storageLocation);

export const replicationFlow = z.object({
  id: nonEmpty(),
  from: nonEmpty(),
  to: nonEmpty(),
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
  id: z.string().check(z.regex(/^[A-Za-z0-9-]+$/)),
  title: nonEmpty(),
  description: z.string(),
  category: controlCategory,
  status: controlStatus,
  frameworks: z.array(z.object({ framework, reference: nonEmpty() })),
  /** Any string: only http(s) URLs are rendered as links. */
  evidence: z.array(z.object({ label: z.string(), url: z.string() })),
  lastReviewed: isoDate,
});
export type AccessControl = z.infer<typeof accessControl>;
export const accessControls = z.array(accessControl);

export const findingSeverity = z.enum(['critical', 'high', 'medium', 'low']);
export type FindingSeverity = z.infer<typeof findingSeverity>;

const tally = z.int().check(z.nonnegative());
export const auditStatistics = z.object({
  period: periodId,
  employeeAccessRequests: z.object({
    received: tally,
    approved: tally,
    denied: tally,
    revoked: tally,
  }),
  medianApprovalHours: z.number().check(z.nonnegative()),
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
      file: z.string().check(z.regex(/^[\w.-]+$/)),
      bytes: z.int().check(z.nonnegative()),
      sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    }),
  ),
});
export type Manifest = z.infer<typeof manifest>;
