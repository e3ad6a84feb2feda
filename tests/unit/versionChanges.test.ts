import { describe, expect, it } from 'vitest';
import accessControls from '../../mocks/sample/access-controls.json';
import accessRequests from '../../mocks/sample/access-requests.json';
import auditStatistics from '../../mocks/sample/audit-statistics.json';
import changelog from '../../mocks/sample/changelog.json';
import locationAccess from '../../mocks/sample/location-access.json';
import meta from '../../mocks/sample/meta.json';
import replicationFlows from '../../mocks/sample/replication-flows.json';
import requestCategories from '../../mocks/sample/request-categories.json';
import storageLocations from '../../mocks/sample/storage-locations.json';
import type { Dataset } from '../../src/api/resources';
import { resourceSchemas } from '../../src/api/resourceSchemas';
import {
  changeKinds,
  changeResources,
  compareVersions,
  countByKind,
  countByResource,
  plainValue,
  type Change,
  type ChangeValue,
} from '../../src/api/versionChanges';

/** A fresh, schema-checked copy of the sample package, to edit into a version. */
function sample(): Dataset {
  return structuredClone({
    meta: resourceSchemas.meta.parse(meta),
    storageLocations: resourceSchemas.storageLocations.parse(storageLocations),
    replicationFlows: resourceSchemas.replicationFlows.parse(replicationFlows),
    locationAccess: resourceSchemas.locationAccess.parse(locationAccess),
    accessControls: resourceSchemas.accessControls.parse(accessControls),
    auditStatistics: resourceSchemas.auditStatistics.parse(auditStatistics),
    requestCategories: resourceSchemas.requestCategories.parse(requestCategories),
    accessRequests: resourceSchemas.accessRequests.parse(accessRequests),
    changelog: resourceSchemas.changelog.parse(changelog),
  });
}

/** The same data published again as the next version. */
function republished(dataset: Dataset = sample()): Dataset {
  const next = structuredClone(dataset);
  next.meta.dataVersion = '2026.3';
  next.meta.lastUpdated = '2026-05-01';
  next.meta.asOf = '2026-03-31';
  next.changelog.unshift({ dataVersion: '2026.3', date: '2026-05-01', changes: ['Republished.'] });
  return next;
}

/** Leaves a period out of a version: its declaration and every row of it. */
function withoutPeriod(dataset: Dataset, period: string): Dataset {
  const copy = structuredClone(dataset);
  copy.meta.periods = copy.meta.periods.filter((p) => p.id !== period);
  copy.auditStatistics = copy.auditStatistics.filter((r) => r.period !== period);
  copy.accessRequests = copy.accessRequests.filter((r) => r.period !== period);
  copy.locationAccess = copy.locationAccess.filter((r) => r.period !== period);
  return copy;
}

/** resource kind item [field], one string a change, to assert order and membership at a glance. */
const outline = (changes: readonly Change[]) =>
  changes.map((c) => [c.resource, c.kind, c.item, c.field].filter((part) => part !== undefined).join(' | '));

const absent: ChangeValue = { type: 'absent' };
const text = (value: string): ChangeValue => ({ type: 'text', text: value });

function find<T extends { id: string }>(rows: T[], id: string): T {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no ${id}`);
  return row;
}
function requestRow(dataset: Dataset, period: string, category: string, country: string) {
  const row = dataset.accessRequests.find(
    (r) => r.period === period && r.category === category && r.country === country,
  );
  if (!row) throw new Error(`no ${period} ${category} ${country}`);
  return row;
}
function auditRow(dataset: Dataset, period: string) {
  const row = dataset.auditStatistics.find((r) => r.period === period);
  if (!row) throw new Error(`no ${period}`);
  return row;
}

describe('compareVersions', () => {
  it('finds nothing between identical versions, nor in the dates, version and changelog that change every time', () => {
    expect(compareVersions(sample(), sample())).toEqual([]);
    expect(compareVersions(sample(), republished())).toEqual([]);
  });

  it('states the sample release 2026.2: the 2025-H2 period was added and AC-09 moved from partial to implemented', () => {
    const older = withoutPeriod(sample(), '2025-H2');
    find(older.accessControls, 'AC-09').status = 'partial';
    expect(compareVersions(older, sample())).toEqual([
      {
        resource: 'periods',
        kind: 'periodAdded',
        item: '2025-H2',
        itemParts: { period: '2025-H2' },
        before: absent,
        after: text('2025-H2'),
      },
      {
        resource: 'accessControls',
        kind: 'changed',
        item: 'AC-09',
        itemParts: { id: 'AC-09' },
        field: 'status',
        before: text('partial'),
        after: text('implemented'),
      },
    ]);
  });

  describe('periods', () => {
    it('lists a removed period once, not the rows that went with it', () => {
      const changes = compareVersions(sample(), withoutPeriod(sample(), '2023-H1'));
      expect(changes).toEqual([
        {
          resource: 'periods',
          kind: 'periodRemoved',
          item: '2023-H1',
          itemParts: { period: '2023-H1' },
          before: text('2023-H1'),
          after: absent,
        },
      ]);
    });

    it('lists a period whose dates were corrected', () => {
      const newer = republished();
      const first = newer.meta.periods[0];
      if (!first) throw new Error('no period');
      first.end = '2023-06-29';
      expect(compareVersions(sample(), newer)).toEqual([
        {
          resource: 'periods',
          kind: 'changed',
          item: '2023-H1',
          itemParts: { period: '2023-H1' },
          field: 'end',
          before: { type: 'date', date: '2023-06-30' },
          after: { type: 'date', date: '2023-06-29' },
        },
      ]);
    });
  });

  describe('accessControls', () => {
    it('lists an added control with its title and a removed one after, with its title', () => {
      const newer = republished();
      const removed = find(newer.accessControls, 'AC-14');
      newer.accessControls = newer.accessControls.filter((c) => c.id !== 'AC-14');
      newer.accessControls.splice(0, 0, {
        ...structuredClone(removed),
        id: 'AC-15',
        title: 'Quarterly access recertification',
      });
      expect(compareVersions(sample(), newer)).toEqual([
        {
          resource: 'accessControls',
          kind: 'added',
          item: 'AC-15',
          itemParts: { id: 'AC-15' },
          before: absent,
          after: text('Quarterly access recertification'),
        },
        {
          resource: 'accessControls',
          kind: 'removed',
          item: 'AC-14',
          itemParts: { id: 'AC-14' },
          before: text(removed.title),
          after: absent,
        },
      ]);
    });

    it('lists each changed field in the contract order, as typed values', () => {
      const newer = republished();
      const control = find(newer.accessControls, 'AC-04');
      control.evidence = [{ label: 'Screening policy', url: 'https://example.org/screening.pdf' }];
      control.description = 'Screened every two years.';
      control.category = 'identity';
      control.title = 'Background screening';
      control.lastReviewed = '2026-04-01';
      control.frameworks.push({ framework: 'SOC2', reference: 'CC1.4' });
      control.status = 'implemented';
      const changes = compareVersions(sample(), newer);
      expect(outline(changes)).toEqual([
        'accessControls | changed | AC-04 | status',
        'accessControls | changed | AC-04 | frameworks',
        'accessControls | changed | AC-04 | lastReviewed',
        'accessControls | changed | AC-04 | title',
        'accessControls | changed | AC-04 | category',
        'accessControls | changed | AC-04 | description',
        'accessControls | changed | AC-04 | evidence',
      ]);
      expect(changes[1]).toMatchObject({
        before: { type: 'list', items: ['ISO27001 A.6.1', 'NIST80053 PS-3'] },
        after: { type: 'list', items: ['ISO27001 A.6.1', 'NIST80053 PS-3', 'SOC2 CC1.4'] },
      });
      expect(changes[2]).toMatchObject({
        before: { type: 'date', date: '2025-06-30' },
        after: { type: 'date', date: '2026-04-01' },
      });
      expect(changes[6]?.after).toEqual({
        type: 'list',
        items: ['Screening policy https://example.org/screening.pdf'],
      });
    });

    it('does not count frameworks listed in another order as a change', () => {
      const newer = republished();
      find(newer.accessControls, 'AC-01').frameworks.reverse();
      expect(compareVersions(sample(), newer)).toEqual([]);
    });
  });

  describe('auditStatistics', () => {
    it('lists each revised figure of a period, findings by severity, and a note that appeared', () => {
      const newer = republished();
      const row = auditRow(newer, '2024-H2');
      row.employeeAccessRequests.approved += 1;
      row.employeeAccessRequests.note = 'One request was still pending.';
      row.medianApprovalHours = 7.25;
      row.auditsCompleted.external += 1;
      row.findings = row.findings.filter((f) => f.severity !== 'critical');
      const high = row.findings.find((f) => f.severity === 'high');
      if (!high) throw new Error('no high findings');
      high.open += 2;
      const before = auditRow(sample(), '2024-H2');
      const changes = compareVersions(sample(), newer);
      expect(outline(changes)).toEqual([
        'auditStatistics | revised | 2024-H2 | employeeAccessRequests.approved',
        'auditStatistics | revised | 2024-H2 | employeeAccessRequests.note',
        'auditStatistics | revised | 2024-H2 | medianApprovalHours',
        'auditStatistics | revised | 2024-H2 | auditsCompleted.external',
        'auditStatistics | revised | 2024-H2 | findings.critical.open',
        'auditStatistics | revised | 2024-H2 | findings.critical.closed',
        'auditStatistics | revised | 2024-H2 | findings.high.open',
      ]);
      expect(changes[0]).toMatchObject({
        itemParts: { period: '2024-H2' },
        before: { type: 'number', value: before.employeeAccessRequests.approved },
        after: { type: 'number', value: before.employeeAccessRequests.approved + 1 },
      });
      expect(changes[1]).toMatchObject({ before: absent, after: text('One request was still pending.') });
      expect(changes[2]).toMatchObject({ after: { type: 'number', value: 7.25 } });
      const critical = before.findings.find((f) => f.severity === 'critical');
      expect(changes[4]).toMatchObject({ before: { type: 'number', value: critical?.open }, after: absent });
      expect(changes[5]).toMatchObject({ before: { type: 'number', value: critical?.closed }, after: absent });
    });

    it('lists a row that appeared or went, for a period in both versions, as a revision without a field', () => {
      const older = sample();
      older.auditStatistics = older.auditStatistics.filter((r) => r.period !== '2024-H1');
      const newer = republished();
      newer.auditStatistics = newer.auditStatistics.filter((r) => r.period !== '2023-H2');
      expect(compareVersions(older, newer)).toEqual([
        {
          resource: 'auditStatistics',
          kind: 'revised',
          item: '2024-H1',
          itemParts: { period: '2024-H1' },
          before: absent,
          after: text('2024-H1'),
        },
        {
          resource: 'auditStatistics',
          kind: 'revised',
          item: '2023-H2',
          itemParts: { period: '2023-H2' },
          before: text('2023-H2'),
          after: absent,
        },
      ]);
    });
  });

  describe('accessRequests', () => {
    it('lists suppressed → exact as a revision with both figures', () => {
      const newer = republished();
      requestRow(newer, '2025-H2', 'foreignGovernment', 'KR').received = { kind: 'exact', value: 3 };
      expect(compareVersions(sample(), newer)).toEqual([
        {
          resource: 'accessRequests',
          kind: 'revised',
          item: '2025-H2 · foreignGovernment · KR',
          itemParts: { period: '2025-H2', category: 'foreignGovernment', country: 'KR' },
          field: 'received',
          before: { type: 'figure', figure: { kind: 'suppressed', lessThan: 5 } },
          after: { type: 'figure', figure: { kind: 'exact', value: 3 } },
        },
      ]);
    });

    it('compares figures deeply: kind, numbers and reason, whatever the order of their keys', () => {
      const older = sample();
      const newer = republished();
      requestRow(older, '2024-H2', 'usNationalSecurity', 'US').received = { kind: 'band', min: 0, max: 249 };
      requestRow(newer, '2024-H2', 'usNationalSecurity', 'US').received = { max: 249, min: 0, kind: 'band' };
      requestRow(newer, '2024-H2', 'usNationalSecurity', 'US').disclosed = { kind: 'band', min: 0, max: 499 };
      requestRow(older, '2024-H2', 'civilLitigant', 'GB').disclosed = { kind: 'notReported', reason: 'Sealed.' };
      requestRow(newer, '2024-H2', 'civilLitigant', 'GB').disclosed = { kind: 'notReported' };
      requestRow(newer, '2024-H2', 'internalEmployee', 'US').disclosed = { kind: 'share', percent: 70 };
      expect(outline(compareVersions(older, newer))).toEqual([
        'accessRequests | revised | 2024-H2 · civilLitigant · GB | disclosed',
        'accessRequests | revised | 2024-H2 · internalEmployee · US | disclosed',
        'accessRequests | revised | 2024-H2 · usNationalSecurity · US | disclosed',
      ]);
    });

    it('lists accountsSpecified that appeared or went, with the other side absent', () => {
      const newer = republished();
      requestRow(newer, '2024-H2', 'otherUsGovernment', 'US').accountsSpecified = { kind: 'exact', value: 40 };
      delete requestRow(newer, '2024-H2', 'usLawEnforcement', 'US').accountsSpecified;
      expect(compareVersions(sample(), newer)).toEqual([
        {
          resource: 'accessRequests',
          kind: 'revised',
          item: '2024-H2 · usLawEnforcement · US',
          itemParts: { period: '2024-H2', category: 'usLawEnforcement', country: 'US' },
          field: 'accountsSpecified',
          before: { type: 'figure', figure: { kind: 'exact', value: 2390 } },
          after: absent,
        },
        {
          resource: 'accessRequests',
          kind: 'revised',
          item: '2024-H2 · otherUsGovernment · US',
          itemParts: { period: '2024-H2', category: 'otherUsGovernment', country: 'US' },
          field: 'accountsSpecified',
          before: absent,
          after: { type: 'figure', figure: { kind: 'exact', value: 40 } },
        },
      ]);
    });

    it('lists a row added to or dropped from a period both versions declare', () => {
      const newer = republished();
      newer.accessRequests.push({
        period: '2024-H2',
        category: 'foreignGovernment',
        country: 'NZ',
        received: { kind: 'exact', value: 2 },
        disclosed: { kind: 'exact', value: 0 },
      });
      newer.accessRequests = newer.accessRequests.filter(
        (r) => !(r.period === '2024-H1' && r.category === 'civilLitigant' && r.country === 'GB'),
      );
      expect(compareVersions(sample(), newer)).toEqual([
        {
          resource: 'accessRequests',
          kind: 'revised',
          item: '2024-H2 · foreignGovernment · NZ',
          itemParts: { period: '2024-H2', category: 'foreignGovernment', country: 'NZ' },
          before: absent,
          after: text('2024-H2 · foreignGovernment · NZ'),
        },
        {
          resource: 'accessRequests',
          kind: 'revised',
          item: '2024-H1 · civilLitigant · GB',
          itemParts: { period: '2024-H1', category: 'civilLitigant', country: 'GB' },
          before: text('2024-H1 · civilLitigant · GB'),
          after: absent,
        },
      ]);
    });
  });

  describe('locationAccess', () => {
    it('lists a revised approved figure, and a row that appeared for a period in both versions', () => {
      const newer = republished();
      const row = newer.locationAccess.find((r) => r.location === 'sg-singapore' && r.period === '2025-H1');
      if (!row) throw new Error('no row');
      row.approved = { kind: 'exact', value: 3 };
      newer.locationAccess.push({ location: 'sg-singapore', period: '2024-H2', approved: { kind: 'exact', value: 0 } });
      expect(compareVersions(sample(), newer)).toEqual([
        {
          resource: 'locationAccess',
          kind: 'revised',
          item: 'sg-singapore · 2025-H1',
          itemParts: { location: 'sg-singapore', period: '2025-H1' },
          field: 'approved',
          before: { type: 'figure', figure: { kind: 'suppressed', lessThan: 5 } },
          after: { type: 'figure', figure: { kind: 'exact', value: 3 } },
        },
        {
          resource: 'locationAccess',
          kind: 'revised',
          item: 'sg-singapore · 2024-H2',
          itemParts: { location: 'sg-singapore', period: '2024-H2' },
          before: absent,
          after: text('sg-singapore · 2024-H2'),
        },
      ]);
    });
  });

  it('lists a new period once and none of its rows, in any resource', () => {
    const newer = republished();
    newer.meta.periods.push({ id: '2026-H1', start: '2026-01-01', end: '2026-06-30' });
    newer.auditStatistics.push({ ...structuredClone(auditRow(newer, '2025-H2')), period: '2026-H1' });
    newer.accessRequests.push({
      ...structuredClone(requestRow(newer, '2025-H2', 'chineseGovernment', 'CN')),
      period: '2026-H1',
    });
    newer.locationAccess.push({ location: 'us-virginia', period: '2026-H1', approved: { kind: 'exact', value: 700 } });
    expect(compareVersions(sample(), newer)).toEqual([
      {
        resource: 'periods',
        kind: 'periodAdded',
        item: '2026-H1',
        itemParts: { period: '2026-H1' },
        before: absent,
        after: text('2026-H1'),
      },
    ]);
  });

  describe('storageLocations', () => {
    it('lists added, changed and removed locations', () => {
      const newer = republished();
      const virginia = find(newer.storageLocations, 'us-virginia');
      virginia.coordinates = { lat: 39.05, lon: -77.49 };
      virginia.encryption.atRest = 'AES-256-XTS';
      virginia.certifications = [...virginia.certifications, 'FedRAMP High'];
      virginia.role = 'backup';
      newer.storageLocations = newer.storageLocations.filter((l) => l.id !== 'sg-singapore');
      newer.storageLocations.push({
        ...structuredClone(virginia),
        id: 'de-frankfurt',
        name: 'Frankfurt',
        countryCode: 'DE',
      });
      const changes = compareVersions(sample(), newer);
      expect(outline(changes)).toEqual([
        'storageLocations | changed | us-virginia | role',
        'storageLocations | changed | us-virginia | certifications',
        'storageLocations | changed | us-virginia | coordinates',
        'storageLocations | changed | us-virginia | encryption.atRest',
        'storageLocations | added | de-frankfurt',
        'storageLocations | removed | sg-singapore',
      ]);
      expect(changes[2]).toMatchObject({
        before: { type: 'coordinates', lat: 39.04, lon: -77.49 },
        after: { type: 'coordinates', lat: 39.05, lon: -77.49 },
      });
      expect(changes[4]).toMatchObject({ before: absent, after: text('Frankfurt') });
      expect(changes[5]).toMatchObject({ before: text('Singapore'), after: absent });
    });
  });

  describe('replicationFlows', () => {
    it('lists added, changed and removed flows, a flow shown as "from → to"', () => {
      const newer = republished();
      const flow = newer.replicationFlows[0];
      if (!flow) throw new Error('no flow');
      newer.replicationFlows = [
        { ...structuredClone(flow), id: 'virginia-to-frankfurt', to: 'de-frankfurt' },
        { ...structuredClone(flow), id: 'virginia-to-singapore-2', mode: 'synchronous' },
      ];
      const older = sample();
      older.replicationFlows.push({ ...structuredClone(flow), id: 'virginia-to-singapore-2' });
      const changes = compareVersions(older, newer);
      expect(changes).toEqual([
        {
          resource: 'replicationFlows',
          kind: 'added',
          item: 'virginia-to-frankfurt',
          itemParts: { id: 'virginia-to-frankfurt' },
          before: absent,
          after: text('us-virginia → de-frankfurt'),
        },
        {
          resource: 'replicationFlows',
          kind: 'changed',
          item: 'virginia-to-singapore-2',
          itemParts: { id: 'virginia-to-singapore-2' },
          field: 'mode',
          before: text('asynchronous'),
          after: text('synchronous'),
        },
        {
          resource: 'replicationFlows',
          kind: 'removed',
          item: 'virginia-to-singapore',
          itemParts: { id: 'virginia-to-singapore' },
          before: text('us-virginia → sg-singapore'),
          after: absent,
        },
      ]);
    });
  });

  describe('requestCategories', () => {
    it('lists added, relabelled and removed categories', () => {
      const newer = republished();
      find(newer.requestCategories, 'civilLitigant').label = 'Civil parties';
      newer.requestCategories = newer.requestCategories.filter((c) => c.id !== 'internalEmployee');
      newer.requestCategories.push({ id: 'emergency', label: 'Emergency requests', description: '' });
      expect(compareVersions(sample(), newer)).toEqual([
        {
          resource: 'requestCategories',
          kind: 'changed',
          item: 'civilLitigant',
          itemParts: { id: 'civilLitigant' },
          field: 'label',
          before: text('Civil litigants'),
          after: text('Civil parties'),
        },
        {
          resource: 'requestCategories',
          kind: 'added',
          item: 'emergency',
          itemParts: { id: 'emergency' },
          before: absent,
          after: text('Emergency requests'),
        },
        {
          resource: 'requestCategories',
          kind: 'removed',
          item: 'internalEmployee',
          itemParts: { id: 'internalEmployee' },
          before: text('Internal employees'),
          after: absent,
        },
      ]);
    });
  });

  describe('meta', () => {
    it('lists the organisation, scope and headline category, not the version and its dates', () => {
      const newer = republished();
      newer.meta.headlineCategory = 'usLawEnforcement';
      newer.meta.scope = 'US and Canadian user data';
      newer.meta.organisation = { name: 'Example Platform Inc. (sample)' };
      newer.meta.sample = { isSample: false, disclaimer: '' };
      const changes = compareVersions(sample(), newer);
      expect(outline(changes)).toEqual([
        'meta | changed | meta | organisation.name',
        'meta | changed | meta | organisation.url',
        'meta | changed | meta | scope',
        'meta | changed | meta | headlineCategory',
        'meta | changed | meta | sample.isSample',
        'meta | changed | meta | sample.disclaimer',
      ]);
      expect(changes[1]).toMatchObject({ itemParts: {}, before: text('https://example.org/'), after: absent });
      expect(changes[3]).toMatchObject({ before: text('chineseGovernment'), after: text('usLawEnforcement') });
      expect(changes[4]).toMatchObject({ before: text('true'), after: text('false') });
    });
  });

  it('orders changes by resource, then newer’s item order with removed items after, then field order', () => {
    const older = sample();
    find(older.accessControls, 'AC-14').status = 'partial';
    const newer = republished();
    newer.meta.scope = 'All user data';
    find(newer.requestCategories, 'civilLitigant').description = 'Parties to lawsuits.';
    newer.accessControls = newer.accessControls.filter((c) => c.id !== 'AC-03');
    find(newer.accessControls, 'AC-02').lastReviewed = '2026-04-02';
    find(newer.accessControls, 'AC-02').status = 'partial';
    newer.accessControls.unshift({ ...structuredClone(find(newer.accessControls, 'AC-01')), id: 'AC-00' });
    requestRow(newer, '2025-H2', 'usLawEnforcement', 'US').disclosed = { kind: 'exact', value: 1070 };
    requestRow(newer, '2023-H1', 'usLawEnforcement', 'US').received = { kind: 'exact', value: 1841 };
    newer.meta.periods = newer.meta.periods.filter((p) => p.id !== '2023-H1');
    const moved = auditRow(newer, '2024-H1');
    moved.medianApprovalHours += 1;
    newer.auditStatistics = [moved, ...newer.auditStatistics.filter((r) => r.period !== '2024-H1')];
    auditRow(newer, '2023-H2').auditsCompleted.internal += 1;

    const expected = [
      'periods | periodRemoved | 2023-H1',
      'accessControls | added | AC-00',
      'accessControls | changed | AC-02 | status',
      'accessControls | changed | AC-02 | lastReviewed',
      'accessControls | changed | AC-14 | status',
      'accessControls | removed | AC-03',
      'auditStatistics | revised | 2024-H1 | medianApprovalHours',
      'auditStatistics | revised | 2023-H2 | auditsCompleted.internal',
      // A row on both sides is compared even where its period is no longer declared.
      'accessRequests | revised | 2023-H1 · usLawEnforcement · US | received',
      'accessRequests | revised | 2025-H2 · usLawEnforcement · US | disclosed',
      'requestCategories | changed | civilLitigant | description',
      'meta | changed | meta | scope',
    ];
    expect(outline(compareVersions(older, newer))).toEqual(expected);
    expect(outline(compareVersions(structuredClone(older), structuredClone(newer)))).toEqual(expected);
  });

  it('leaves its inputs as they were, and its values are not shared with them', () => {
    const older = sample();
    const newer = republished();
    newer.storageLocations[0]?.dataCategories.push('Payments');
    const [olderCopy, newerCopy] = [structuredClone(older), structuredClone(newer)];
    const [change] = compareVersions(older, newer);
    expect(older).toEqual(olderCopy);
    expect(newer).toEqual(newerCopy);
    if (change?.after.type !== 'list') throw new Error('expected a list');
    change.after.items.push('Changed by the page');
    expect(newer).toEqual(newerCopy);
  });
});

describe('counts', () => {
  const changes = compareVersions(withoutPeriod(sample(), '2025-H2'), withoutPeriod(republished(), '2023-H1'));
  const more: Change[] = [
    ...changes,
    {
      resource: 'accessRequests',
      kind: 'revised',
      item: 'x',
      itemParts: {},
      field: 'received',
      before: absent,
      after: absent,
    },
    {
      resource: 'accessRequests',
      kind: 'revised',
      item: 'y',
      itemParts: {},
      field: 'disclosed',
      before: absent,
      after: absent,
    },
    {
      resource: 'meta',
      kind: 'changed',
      item: 'meta',
      itemParts: {},
      field: 'scope',
      before: text('a'),
      after: text('b'),
    },
  ];

  it('counts by kind, every kind present, in the page’s order', () => {
    expect(countByKind(more)).toEqual({
      periodAdded: 1,
      periodRemoved: 1,
      added: 0,
      removed: 0,
      changed: 1,
      revised: 2,
    });
    expect(Object.keys(countByKind([]))).toEqual([...changeKinds]);
    expect(Object.values(countByKind([]))).toEqual(changeKinds.map(() => 0));
  });

  it('counts by resource, every resource present, in the page’s order', () => {
    expect(countByResource(more)).toEqual({
      periods: 2,
      accessControls: 0,
      auditStatistics: 0,
      accessRequests: 2,
      locationAccess: 0,
      storageLocations: 0,
      replicationFlows: 0,
      requestCategories: 0,
      meta: 1,
    });
    expect(Object.keys(countByResource([]))).toEqual([...changeResources]);
  });
});

describe('plainValue', () => {
  it('writes every kind of value in English-neutral notation', () => {
    expect(plainValue({ type: 'text', text: 'implemented' })).toBe('implemented');
    expect(plainValue({ type: 'date', date: '2025-11-20' })).toBe('2025-11-20');
    expect(plainValue({ type: 'number', value: 12.5 })).toBe('12.5');
    expect(plainValue({ type: 'number', value: 1840 })).toBe('1840');
    expect(plainValue({ type: 'list', items: ['ISO27001 A.5.16', 'SOC2 CC6.1'] })).toBe('ISO27001 A.5.16; SOC2 CC6.1');
    expect(plainValue({ type: 'list', items: [] })).toBe('');
    expect(plainValue({ type: 'coordinates', lat: 39.04, lon: -77.49 })).toBe('39.04, -77.49');
    expect(plainValue({ type: 'absent' })).toBe('');
  });

  it('writes every kind of figure', () => {
    const plain = (figure: Extract<ChangeValue, { type: 'figure' }>['figure']) =>
      plainValue({ type: 'figure', figure });
    expect(plain({ kind: 'exact', value: 12 })).toBe('exact 12');
    expect(plain({ kind: 'exact', value: 0 })).toBe('exact 0');
    expect(plain({ kind: 'suppressed', lessThan: 5 })).toBe('suppressed <5');
    expect(plain({ kind: 'band', min: 0, max: 249 })).toBe('band 0–249');
    expect(plain({ kind: 'notReported' })).toBe('not reported');
    expect(plain({ kind: 'notReported', reason: 'Sealed by court order' })).toBe(
      'not reported (Sealed by court order)',
    );
    expect(plain({ kind: 'share', percent: 12.5 })).toBe('share 12.5%');
    expect(plain({ kind: 'shareBand', minPercent: 10, maxPercent: 20 })).toBe('share band 10–20%');
  });
});
