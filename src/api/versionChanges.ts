import type { AccessControl, Count, DisclosureFigure } from './schemas';
import type { Dataset } from './resources';
import { findingSeverities } from './vocabulary';

/**
 * What changed between two released versions of the data, for a regulator: the build writes it
 * into the Atom feed and versions.json, and the "what changed" page lists it. Pure: no React, no
 * i18n and no number formatting; values are typed so that the page formats them.
 *
 * A transparency tool must never hide a change nor invent one: every compared field that differs
 * is listed, and nothing else. The publisher's changelog is not compared; it is shown beside.
 */

/** The resources a change can be about, in the order the page lists them. */
export const changeResources = [
  'periods',
  'accessControls',
  'auditStatistics',
  'accessRequests',
  'locationAccess',
  'storageLocations',
  'replicationFlows',
  'requestCategories',
  'meta',
] as const;
export type ChangeResource = (typeof changeResources)[number];

/** What kind of change, in the order the page counts them. */
export const changeKinds = ['periodAdded', 'periodRemoved', 'added', 'removed', 'changed', 'revised'] as const;
export type ChangeKind = (typeof changeKinds)[number];

/** A value on either side of a change, typed so the page can format it for the reader's language. */
export type ChangeValue =
  | { type: 'text'; text: string }
  /** ISO date. */
  | { type: 'date'; date: string }
  | { type: 'number'; value: number }
  /** Counts and disclosure figures (Count is a subset of DisclosureFigure). */
  | { type: 'figure'; figure: DisclosureFigure }
  | { type: 'list'; items: string[] }
  /** A place's latitude and longitude, in degrees. */
  | { type: 'coordinates'; lat: number; lon: number }
  /** The row or field is not in that version. */
  | { type: 'absent' };

export interface Change {
  resource: ChangeResource;
  kind: ChangeKind;
  /** Stable key of the item: control id, location id, flow id, category id, period id, or for rows keyed by several columns their parts joined with " · " in this order: accessRequests period · category · country; locationAccess location · period; auditStatistics period. */
  item: string;
  /** The parts of the item key, for display: e.g. { period: '2024-H2', category: 'usLawEnforcement', country: 'US' } or { id: 'AC-09' }. */
  itemParts: Record<string, string>;
  /** For 'changed' and 'revised': the field, as a dotted path in the contract's words, e.g. 'status', 'frameworks', 'lastReviewed', 'role', 'received', 'disclosed', 'accountsSpecified', 'employeeAccessRequests.approved', 'auditsCompleted.external', 'findings.high.open', 'medianApprovalHours', 'approved', 'mode'. Absent for added/removed/periodAdded/periodRemoved. */
  field?: string;
  before: ChangeValue;
  after: ChangeValue;
}

const ABSENT: ChangeValue = { type: 'absent' };
const KEY_SEPARATOR = ' · ';

const text = (value: string): ChangeValue => ({ type: 'text', text: value });
const date = (value: string): ChangeValue => ({ type: 'date', date: value });
const number = (value: number): ChangeValue => ({ type: 'number', value });
const figure = (value: DisclosureFigure | Count): ChangeValue => ({ type: 'figure', figure: value });
const list = (items: readonly string[]): ChangeValue => ({ type: 'list', items: [...items] });
const optionalText = (value: string | undefined): ChangeValue => (value === undefined ? ABSENT : text(value));
const optionalNumber = (value: number | undefined): ChangeValue => (value === undefined ? ABSENT : number(value));
const optionalFigure = (value: DisclosureFigure | undefined): ChangeValue =>
  value === undefined ? ABSENT : figure(value);

/** A figure's own fields in a fixed order, so that key order in the JSON does not matter. */
function figureKey(value: DisclosureFigure): string {
  const fields = Object.entries(value)
    .filter(([, field]) => field !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(fields);
}

function sameValue(a: ChangeValue, b: ChangeValue): boolean {
  switch (a.type) {
    case 'absent':
      return b.type === 'absent';
    case 'text':
      return b.type === 'text' && a.text === b.text;
    case 'date':
      return b.type === 'date' && a.date === b.date;
    case 'number':
      return b.type === 'number' && a.value === b.value;
    case 'figure':
      return b.type === 'figure' && figureKey(a.figure) === figureKey(b.figure);
    case 'list':
      return b.type === 'list' && a.items.length === b.items.length && a.items.every((item, i) => item === b.items[i]);
    case 'coordinates':
      return b.type === 'coordinates' && a.lat === b.lat && a.lon === b.lon;
  }
}

interface ItemKey {
  item: string;
  itemParts: Record<string, string>;
}

function itemKey(parts: Record<string, string>): ItemKey {
  return { item: Object.values(parts).join(KEY_SEPARATOR), itemParts: parts };
}

/** The fields compared on an item, in the order they are listed: a dotted path and how to read it. */
type Fields<T> = readonly (readonly [field: string, read: (row: T) => ChangeValue])[];

function fieldChanges<T>(
  resource: ChangeResource,
  kind: 'changed' | 'revised',
  key: ItemKey,
  fields: Fields<T>,
  older: T,
  newer: T,
): Change[] {
  const changes: Change[] = [];
  for (const [field, read] of fields) {
    const before = read(older);
    const after = read(newer);
    if (!sameValue(before, after)) {
      changes.push({ resource, kind, item: key.item, itemParts: { ...key.itemParts }, field, before, after });
    }
  }
  return changes;
}

/** First row by key; a published package has unique keys (the build checks it). */
function byKey<T>(rows: readonly T[], keyOf: (row: T) => ItemKey): Map<string, { row: T; key: ItemKey }> {
  const map = new Map<string, { row: T; key: ItemKey }>();
  for (const row of rows) {
    const key = keyOf(row);
    if (!map.has(key.item)) map.set(key.item, { row, key });
  }
  return map;
}

interface KeyedComparison<T> {
  resource: ChangeResource;
  older: readonly T[];
  newer: readonly T[];
  keyOf: (row: T) => ItemKey;
  fields: Fields<T>;
  /** Kinds for an item on one side only, and for a field that differs. */
  kinds: { added: ChangeKind; removed: ChangeKind; differs: 'changed' | 'revised' };
  /** The value shown for an item that is on one side only. */
  label: (row: T, key: ItemKey) => ChangeValue;
  /** Whether an item on one side only is left out (covered by a period change). */
  skipOneSided?: (row: T) => boolean;
}

/**
 * Items in newer's order (added ones where they stand, field changes in field order), then the
 * items that newer no longer has, in older's order.
 */
function compareKeyed<T>(spec: KeyedComparison<T>): Change[] {
  const { resource, keyOf, kinds } = spec;
  const olderByKey = byKey(spec.older, keyOf);
  const newerByKey = byKey(spec.newer, keyOf);
  const changes: Change[] = [];
  const oneSided = (kind: ChangeKind, key: ItemKey, before: ChangeValue, after: ChangeValue): Change => ({
    resource,
    kind,
    item: key.item,
    itemParts: { ...key.itemParts },
    before,
    after,
  });
  for (const [item, { row, key }] of newerByKey) {
    const previous = olderByKey.get(item);
    if (previous) {
      changes.push(...fieldChanges(resource, kinds.differs, key, spec.fields, previous.row, row));
    } else if (!spec.skipOneSided?.(row)) {
      changes.push(oneSided(kinds.added, key, ABSENT, spec.label(row, key)));
    }
  }
  for (const [item, { row, key }] of olderByKey) {
    if (!newerByKey.has(item) && !spec.skipOneSided?.(row)) {
      changes.push(oneSided(kinds.removed, key, spec.label(row, key), ABSENT));
    }
  }
  return changes;
}

const controlFields: Fields<AccessControl> = [
  ['status', (c) => text(c.status)],
  ['frameworks', (c) => list(c.frameworks.map((f) => `${f.framework} ${f.reference}`).sort())],
  ['lastReviewed', (c) => date(c.lastReviewed)],
  ['title', (c) => text(c.title)],
  ['category', (c) => text(c.category)],
  ['description', (c) => text(c.description)],
  ['evidence', (c) => list(c.evidence.map((e) => `${e.label} ${e.url}`))],
];

type StorageLocation = Dataset['storageLocations'][number];
const storageFields: Fields<StorageLocation> = [
  ['role', (l) => text(l.role)],
  ['name', (l) => text(l.name)],
  ['countryCode', (l) => text(l.countryCode)],
  ['provider', (l) => text(l.provider)],
  ['dataCategories', (l) => list(l.dataCategories)],
  ['certifications', (l) => list(l.certifications)],
  ['since', (l) => date(l.since)],
  ['coordinates', (l) => ({ type: 'coordinates', lat: l.coordinates.lat, lon: l.coordinates.lon })],
  ['encryption.atRest', (l) => text(l.encryption.atRest)],
  ['encryption.inTransit', (l) => text(l.encryption.inTransit)],
  ['encryption.keyManagement', (l) => text(l.encryption.keyManagement)],
];

type ReplicationFlow = Dataset['replicationFlows'][number];
const flowFields: Fields<ReplicationFlow> = [
  ['from', (f) => text(f.from)],
  ['to', (f) => text(f.to)],
  ['mode', (f) => text(f.mode)],
  ['description', (f) => text(f.description)],
  ['encryptionInTransit', (f) => text(f.encryptionInTransit)],
  ['dataCategories', (f) => list(f.dataCategories)],
];

type RequestCategory = Dataset['requestCategories'][number];
const categoryFields: Fields<RequestCategory> = [
  ['label', (c) => text(c.label)],
  ['description', (c) => text(c.description)],
];

type Meta = Dataset['meta'];
/** Not dataVersion, lastUpdated nor asOf, which change with every version; periods are compared on their own. */
const metaFields: Fields<Meta> = [
  ['organisation.name', (m) => text(m.organisation.name)],
  ['organisation.url', (m) => optionalText(m.organisation.url)],
  ['scope', (m) => text(m.scope)],
  ['headlineCategory', (m) => text(m.headlineCategory)],
  ['sample.isSample', (m) => text(String(m.sample.isSample))],
  ['sample.disclaimer', (m) => text(m.sample.disclaimer)],
];

type Period = Meta['periods'][number];
const periodFields: Fields<Period> = [
  ['start', (p) => date(p.start)],
  ['end', (p) => date(p.end)],
];

type AuditRow = Dataset['auditStatistics'][number];
const auditFields: Fields<AuditRow> = [
  ['employeeAccessRequests.received', (r) => number(r.employeeAccessRequests.received)],
  ['employeeAccessRequests.approved', (r) => number(r.employeeAccessRequests.approved)],
  ['employeeAccessRequests.denied', (r) => number(r.employeeAccessRequests.denied)],
  ['employeeAccessRequests.revoked', (r) => number(r.employeeAccessRequests.revoked)],
  ['employeeAccessRequests.note', (r) => optionalText(r.employeeAccessRequests.note)],
  ['medianApprovalHours', (r) => number(r.medianApprovalHours)],
  ['auditsCompleted.internal', (r) => number(r.auditsCompleted.internal)],
  ['auditsCompleted.external', (r) => number(r.auditsCompleted.external)],
  ...findingSeverities.flatMap((severity) =>
    (['open', 'closed'] as const).map(
      (side) =>
        [
          `findings.${severity}.${side}`,
          (r: AuditRow) => optionalNumber(r.findings.find((f) => f.severity === severity)?.[side]),
        ] as const,
    ),
  ),
];

type AccessRequestRow = Dataset['accessRequests'][number];
const requestFields: Fields<AccessRequestRow> = [
  ['received', (r) => figure(r.received)],
  ['disclosed', (r) => figure(r.disclosed)],
  ['accountsSpecified', (r) => optionalFigure(r.accountsSpecified)],
];

type LocationAccessRow = Dataset['locationAccess'][number];
const locationAccessFields: Fields<LocationAccessRow> = [['approved', (r) => figure(r.approved)]];

/** Every change from `older` to `newer`, in a stable order: by changeResources order, then item order as in newer (removed items after, in older's order), then field order. */
export function compareVersions(older: Dataset, newer: Dataset): Change[] {
  const olderPeriods = new Set(older.meta.periods.map((p) => p.id));
  const newerPeriods = new Set(newer.meta.periods.map((p) => p.id));
  /**
   * A row of a period that only one version declares is covered by that period's periodAdded or
   * periodRemoved change, so it is not listed on its own. Rows on both sides are always compared.
   */
  const periodOnOneSide = (row: { period: string }) => olderPeriods.has(row.period) !== newerPeriods.has(row.period);
  const rowKinds = { added: 'revised', removed: 'revised', differs: 'revised' } as const;
  const entityKinds = { added: 'added', removed: 'removed', differs: 'changed' } as const;
  /** A row on one side only is a revision without a field; its other side shows the row's key. */
  const rowLabel = (_row: unknown, key: ItemKey) => text(key.item);

  const byResource: Record<ChangeResource, () => Change[]> = {
    periods: () =>
      compareKeyed({
        resource: 'periods',
        older: older.meta.periods,
        newer: newer.meta.periods,
        keyOf: (p) => itemKey({ period: p.id }),
        fields: periodFields,
        kinds: { added: 'periodAdded', removed: 'periodRemoved', differs: 'changed' },
        label: (p) => text(p.id),
      }),
    accessControls: () =>
      compareKeyed({
        resource: 'accessControls',
        older: older.accessControls,
        newer: newer.accessControls,
        keyOf: (c) => itemKey({ id: c.id }),
        fields: controlFields,
        kinds: entityKinds,
        label: (c) => text(c.title),
      }),
    auditStatistics: () =>
      compareKeyed({
        resource: 'auditStatistics',
        older: older.auditStatistics,
        newer: newer.auditStatistics,
        keyOf: (r) => itemKey({ period: r.period }),
        fields: auditFields,
        kinds: rowKinds,
        label: rowLabel,
        skipOneSided: periodOnOneSide,
      }),
    accessRequests: () =>
      compareKeyed({
        resource: 'accessRequests',
        older: older.accessRequests,
        newer: newer.accessRequests,
        keyOf: (r) => itemKey({ period: r.period, category: r.category, country: r.country }),
        fields: requestFields,
        kinds: rowKinds,
        label: rowLabel,
        skipOneSided: periodOnOneSide,
      }),
    locationAccess: () =>
      compareKeyed({
        resource: 'locationAccess',
        older: older.locationAccess,
        newer: newer.locationAccess,
        keyOf: (r) => itemKey({ location: r.location, period: r.period }),
        fields: locationAccessFields,
        kinds: rowKinds,
        label: rowLabel,
        skipOneSided: periodOnOneSide,
      }),
    storageLocations: () =>
      compareKeyed({
        resource: 'storageLocations',
        older: older.storageLocations,
        newer: newer.storageLocations,
        keyOf: (l) => itemKey({ id: l.id }),
        fields: storageFields,
        kinds: entityKinds,
        label: (l) => text(l.name),
      }),
    replicationFlows: () =>
      compareKeyed({
        resource: 'replicationFlows',
        older: older.replicationFlows,
        newer: newer.replicationFlows,
        keyOf: (f) => itemKey({ id: f.id }),
        fields: flowFields,
        kinds: entityKinds,
        label: (f) => text(`${f.from} → ${f.to}`),
      }),
    requestCategories: () =>
      compareKeyed({
        resource: 'requestCategories',
        older: older.requestCategories,
        newer: newer.requestCategories,
        keyOf: (c) => itemKey({ id: c.id }),
        fields: categoryFields,
        kinds: entityKinds,
        label: (c) => text(c.label),
      }),
    meta: () => fieldChanges('meta', 'changed', { item: 'meta', itemParts: {} }, metaFields, older.meta, newer.meta),
  };
  return changeResources.flatMap((resource) => byResource[resource]());
}

/** How many changes of each kind (every kind present as a key, 0 when none). */
export function countByKind(changes: readonly Change[]): Record<ChangeKind, number> {
  const counts = Object.fromEntries(changeKinds.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  for (const change of changes) counts[change.kind] += 1;
  return counts;
}

/** How many changes per resource (every resource present as a key). */
export function countByResource(changes: readonly Change[]): Record<ChangeResource, number> {
  const counts = Object.fromEntries(changeResources.map((resource) => [resource, 0])) as Record<ChangeResource, number>;
  for (const change of changes) counts[change.resource] += 1;
  return counts;
}

function plainFigure(value: DisclosureFigure): string {
  switch (value.kind) {
    case 'exact':
      return `exact ${value.value}`;
    case 'suppressed':
      return `suppressed <${value.lessThan}`;
    case 'band':
      return `band ${value.min}–${value.max}`;
    case 'notReported':
      return value.reason === undefined ? 'not reported' : `not reported (${value.reason})`;
    case 'share':
      return `share ${value.percent}%`;
    case 'shareBand':
      return `share band ${value.minPercent}–${value.maxPercent}%`;
  }
}

/** A change's value as plain text for CSV and the Atom feed, in English-neutral notation: figures as "exact 12", "suppressed <5", "band 0–249", "not reported", "share 12.5%", "share band 10–20%"; lists joined with "; "; coordinates as "39.04, -77.49"; absent as "". */
export function plainValue(value: ChangeValue): string {
  switch (value.type) {
    case 'text':
      return value.text;
    case 'date':
      return value.date;
    case 'number':
      return String(value.value);
    case 'figure':
      return plainFigure(value.figure);
    case 'list':
      return value.items.join('; ');
    case 'coordinates':
      return `${value.lat}, ${value.lon}`;
    case 'absent':
      return '';
  }
}
