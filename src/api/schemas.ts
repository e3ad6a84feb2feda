// zod/mini has the same parser as zod with a tree-shakable API: about 20 KB
// less gzipped JavaScript on every page, including the embeddable widget.
import * as z from 'zod/mini';
import { isPeriodId, periodIdExamples } from './periods';
import {
  controlCategories,
  controlStatuses,
  COUNTRY_CODE,
  findingSeverities,
  frameworks,
  replicationModes,
  SLUG,
  storageRoles,
} from './vocabulary';

const nonEmpty = () => z.string().check(z.minLength(1));
/** Text the CSV form writes one to a line. */
const oneLine = () => nonEmpty().check(z.refine((value) => !/[\r\n]/.test(value), { message: 'must fit on one line' }));

/** ISO 8601 calendar date, e.g. 2025-12-31. */
export const isoDate = z.iso.date();

export const countryCode = z.string().check(z.regex(COUNTRY_CODE, 'ISO 3166-1 alpha-2 country code'));

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
  reason: z.optional(nonEmpty()),
});
export const count = z.discriminatedUnion('kind', [exactCount, suppressedCount, bandCount, notReportedCount]);
export type Count = z.infer<typeof count>;

/** A reporting period: a year (2025), a half-year (2025-H1) or a quarter (2025-Q3). */
export const periodId = z.string().check(z.refine(isPeriodId, { message: `period id such as ${periodIdExamples}` }));

export const period = z.object({
  id: periodId,
  start: isoDate,
  end: isoDate,
});
export type Period = z.infer<typeof period>;

/** An identifier that stays the same across versions and languages: letters, digits, - and _. */
export const slug = z.string().check(z.regex(SLUG, 'letters, digits, - and _ only'));

/**
 * An item of a list that the CSV form writes into one cell, separated by "; ".
 * A semicolon inside an item would split it in two there.
 */
export const listItem = nonEmpty().check(
  z.refine((value) => !value.includes(';'), { message: 'must not contain “;”, which separates list items in CSV' }),
);

export const meta = z.object({
  organisation: z.object({ name: nonEmpty(), url: z.optional(z.url()) }),
  /** Whose data the report covers, as it reads inside a sentence: "US user data". */
  scope: nonEmpty(),
  periods: z.array(period).check(z.minLength(1)),
  /** The request category the headline figure is about (an id of request-categories). */
  headlineCategory: slug,
  lastUpdated: isoDate,
  asOf: isoDate,
  dataVersion: nonEmpty(),
  sample: z.object({ isSample: z.boolean(), disclaimer: z.string() }),
});
export type Meta = z.infer<typeof meta>;

export const storageRole = z.enum(storageRoles);
export type StorageRole = z.infer<typeof storageRole>;

export const storageLocation = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and - only')),
  name: nonEmpty(),
  countryCode,
  role: storageRole,
  coordinates: z.object({
    lat: z.number().check(z.gte(-90), z.lte(90)),
    lon: z.number().check(z.gte(-180), z.lte(180)),
  }),
  provider: nonEmpty(),
  dataCategories: z.array(listItem),
  certifications: z.array(listItem),
  encryption: z.object({
    atRest: z.string(),
    inTransit: z.string(),
    keyManagement: z.string(),
  }),
  since: isoDate,
});
export type StorageLocation = z.infer<typeof storageLocation>;
export const storageLocations = z.array(storageLocation);

/** Employee-access requests approved for data held at one location in one period. */
export const locationAccess = z.object({
  location: nonEmpty(),
  period: periodId,
  approved: count,
});
export type LocationAccess = z.infer<typeof locationAccess>;
export const locationAccessList = z.array(locationAccess);

export const replicationFlow = z.object({
  id: nonEmpty(),
  from: nonEmpty(),
  to: nonEmpty(),
  mode: z.enum(replicationModes),
  description: z.string(),
  encryptionInTransit: z.string(),
  dataCategories: z.array(listItem),
});
export type ReplicationFlow = z.infer<typeof replicationFlow>;
export const replicationFlows = z.array(replicationFlow);

export const framework = z.enum(frameworks);
export type Framework = z.infer<typeof framework>;
export const controlCategory = z.enum(controlCategories);
export type ControlCategory = z.infer<typeof controlCategory>;
export const controlStatus = z.enum(controlStatuses);
export type ControlStatus = z.infer<typeof controlStatus>;

export const accessControl = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9-]+$/)),
  title: nonEmpty(),
  description: z.string(),
  category: controlCategory,
  status: controlStatus,
  frameworks: z.array(z.object({ framework, reference: listItem })),
  /** Any string: only http(s) URLs are rendered as links. */
  evidence: z.array(z.object({ label: oneLine(), url: oneLine() })),
  lastReviewed: isoDate,
});
export type AccessControl = z.infer<typeof accessControl>;
export const accessControls = z.array(accessControl);

export const findingSeverity = z.enum(findingSeverities);
export type FindingSeverity = z.infer<typeof findingSeverity>;

const tally = z.int().check(z.nonnegative());
export const auditStatistics = z.object({
  period: periodId,
  employeeAccessRequests: z.object({
    received: tally,
    approved: tally,
    denied: tally,
    revoked: tally,
    /** Why received is not approved + denied + revoked, where it is not (requests still pending, say). */
    note: z.optional(nonEmpty()),
  }),
  medianApprovalHours: z.number().check(z.nonnegative()),
  auditsCompleted: z.object({ internal: tally, external: tally }),
  findings: z.array(z.object({ severity: findingSeverity, open: tally, closed: tally })),
});
export type AuditStatistics = z.infer<typeof auditStatistics>;
export const auditStatisticsList = z.array(auditStatistics);

/**
 * A category of request, declared by the package: by requester (a government, civil litigants)
 * or by legal process (emergency, preservation). Rows are listed in the order the site shows them.
 */
export const requestCategory = z.object({
  id: slug,
  label: nonEmpty(),
  description: z.string(),
});
export type RequestCategory = z.infer<typeof requestCategory>;
export const requestCategories = z.array(requestCategory);

const percent = z.number().check(z.gte(0), z.lte(100));

/** Some data was produced for this share of the requests, in percent. */
export const shareFigure = z.object({ kind: z.literal('share'), percent });
/** The share lies in this band of percentages. */
export const shareBandFigure = z
  .object({ kind: z.literal('shareBand'), minPercent: percent, maxPercent: percent })
  .check(
    z.refine((band) => band.maxPercent >= band.minPercent, {
      message: 'maxPercent must be at least minPercent',
      path: ['maxPercent'],
    }),
  );
export const share = z.discriminatedUnion('kind', [shareFigure, shareBandFigure]);
export type Share = z.infer<typeof share>;

/** What a report says about disclosures: a count of any kind, or a share of the requests received. */
export const disclosureFigure = z.discriminatedUnion('kind', [
  exactCount,
  suppressedCount,
  bandCount,
  notReportedCount,
  shareFigure,
  shareBandFigure,
]);
export type DisclosureFigure = z.infer<typeof disclosureFigure>;

export const accessRequestCount = z.object({
  period: periodId,
  /** An id of request-categories. */
  category: slug,
  country: countryCode,
  received: count,
  disclosed: disclosureFigure,
  /** Accounts named in the requests, where the report gives it. */
  accountsSpecified: z.optional(count),
});
export type AccessRequestCount = z.infer<typeof accessRequestCount>;
export const accessRequestCounts = z.array(accessRequestCount);

export const changelogEntry = z.object({
  dataVersion: nonEmpty(),
  date: isoDate,
  changes: z.array(nonEmpty()).check(z.minLength(1)),
});
export const changelog = z.array(changelogEntry);
export type ChangelogEntry = z.infer<typeof changelogEntry>;

export const manifest = z.object({
  dataVersion: z.string(),
  generated: isoDate,
  algorithm: z.literal('SHA-256'),
  files: z.array(
    z.object({
      /** Relative to /api/v1/: a file name, or translations/<lang>.json. */
      file: z.string().check(z.regex(/^([\w.-]+\/)?[\w.-]+$/)),
      bytes: z.int().check(z.nonnegative()),
      sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    }),
  ),
});
export type Manifest = z.infer<typeof manifest>;

const sha256Digest = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'SHA-256 as 64 lower-case hex digits'));

/** A version as a package records it in versions.json when it is released: enough to tell if it ever changes. */
export const recordedVersion = z.object({
  dataVersion: nonEmpty(),
  released: isoDate,
  /** SHA-256 of the version's manifest.json, which holds the digest of each of its files. */
  manifestSha256: sha256Digest,
});
export type RecordedVersion = z.infer<typeof recordedVersion>;
export const recordedVersions = z.object({ versions: z.array(recordedVersion) });

/** A published version, as /api/v1/versions.json lists it. */
export const versionEntry = z.object({
  ...recordedVersion.shape,
  /** Its folder, relative to /api/v1/; its files never change. */
  path: z.string(),
  /** The periods it covers, and the date its figures run to. */
  periods: z.array(periodId),
  asOf: isoDate,
  /** Whether manifest.json.sig is published beside its manifest.json. */
  signed: z.boolean(),
  /** False for a latest version not yet recorded as released: it may still change under the same number. */
  recorded: z.boolean(),
  /** What changed from the version before, counted by kind of change; absent for the first. */
  changes: z.optional(
    z.object({
      from: nonEmpty(),
      total: z.int().check(z.nonnegative()),
      byKind: z.record(z.string(), z.int().check(z.nonnegative())),
    }),
  ),
});
export type VersionEntry = z.infer<typeof versionEntry>;
export const versionsIndex = z.object({
  latest: nonEmpty(),
  /** Newest first. */
  versions: z.array(versionEntry),
});
export type VersionsIndex = z.infer<typeof versionsIndex>;

/** One translated text; lists are translated item by item, as many items as the data has. */
const translatedText = oneLine();
const translatedList = z.array(listItem);

/**
 * A package's translations of its own text into one language (translations/<lang>.json): by
 * resource, then by id (a data version for the changelog), then by field. Any part may be left out:
 * the site then shows the package's own text, marked as being in its language.
 */
export const translationFile = z.object({
  meta: z.optional(z.strictObject({ scope: z.optional(translatedText), disclaimer: z.optional(translatedText) })),
  'request-categories': z.optional(
    z.record(
      z.string(),
      z.strictObject({ label: z.optional(translatedText), description: z.optional(translatedText) }),
    ),
  ),
  'access-controls': z.optional(
    z.record(
      z.string(),
      z.strictObject({ title: z.optional(translatedText), description: z.optional(translatedText) }),
    ),
  ),
  'storage-locations': z.optional(
    z.record(
      z.string(),
      z.strictObject({
        name: z.optional(translatedText),
        provider: z.optional(translatedText),
        dataCategories: z.optional(translatedList),
        'encryption.atRest': z.optional(translatedText),
        'encryption.inTransit': z.optional(translatedText),
        'encryption.keyManagement': z.optional(translatedText),
      }),
    ),
  ),
  'replication-flows': z.optional(
    z.record(
      z.string(),
      z.strictObject({
        description: z.optional(translatedText),
        encryptionInTransit: z.optional(translatedText),
        dataCategories: z.optional(translatedList),
      }),
    ),
  ),
  changelog: z.optional(z.record(z.string(), z.strictObject({ changes: z.optional(z.array(translatedText)) }))),
});
export type TranslationFile = z.infer<typeof translationFile>;
