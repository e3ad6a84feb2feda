import { describe, expect, it } from 'vitest';
import type { ChangelogEntry, VersionEntry, VersionsIndex } from '../../src/api/schemas';
import type { Change } from '../../src/api/versionChanges';
import { changesFileName, changesToCsv } from '../../src/features/changes/changesCsv';
import { comparisonFromSearch, defaultComparison } from '../../src/features/changes/comparison';
import { versionLines } from '../../src/features/data/Changelog';

/** A published version as versions.json lists it. */
const version = (dataVersion: string, released: string): VersionEntry => ({
  dataVersion,
  released,
  manifestSha256: '0'.repeat(64),
  path: `versions/${dataVersion}/`,
  periods: ['2024-H2'],
  asOf: released,
  signed: true,
  recorded: true,
});

/** versions.json with these versions, newest first. */
const indexOf = (...versions: VersionEntry[]): VersionsIndex => ({
  latest: versions[0]?.dataVersion ?? '',
  versions,
});

const v2026_2 = version('2026.2', '2026-02-15');
const v2025_3 = version('2025.3', '2025-08-30');
const v2025_1 = version('2025.1', '2025-02-20');
const three = indexOf(v2026_2, v2025_3, v2025_1);

const choose = (search: string, index: VersionsIndex = three) =>
  comparisonFromSearch(new URLSearchParams(search), index);

describe('the versions compared', () => {
  it('are the one before the latest and the latest when the address names none', () => {
    expect(defaultComparison(three)).toEqual({ from: '2025.3', to: '2026.2' });
    expect(choose('')).toEqual({ ok: true, comparison: { from: '2025.3', to: '2026.2' } });
  });

  it('run from the version named to the latest when only "from" is given', () => {
    expect(choose('from=2025.1')).toEqual({ ok: true, comparison: { from: '2025.1', to: '2026.2' } });
    // Only the latest named: it is compared with the one before, not with itself.
    expect(choose('from=2026.2')).toEqual({ ok: true, comparison: { from: '2025.3', to: '2026.2' } });
  });

  it('run from the version before the one named when only "to" is given', () => {
    expect(choose('to=2025.3')).toEqual({ ok: true, comparison: { from: '2025.1', to: '2025.3' } });
  });

  it('are as named when both are given, the older always first', () => {
    expect(choose('from=2025.1&to=2025.3')).toEqual({ ok: true, comparison: { from: '2025.1', to: '2025.3' } });
    expect(choose('from=2026.2&to=2025.1')).toEqual({ ok: true, comparison: { from: '2025.1', to: '2026.2' } });
  });

  it('name a version that was never published instead of replacing it', () => {
    expect(choose('from=2024.9')).toEqual({ ok: false, problem: 'unknownVersion', version: '2024.9' });
    expect(choose('from=2025.1&to=2027.1')).toEqual({ ok: false, problem: 'unknownVersion', version: '2027.1' });
  });

  it('cannot be chosen while fewer than two versions are published', () => {
    expect(defaultComparison(indexOf(v2026_2))).toBeNull();
    expect(choose('', indexOf(v2026_2))).toEqual({ ok: false, problem: 'fewVersions' });
    expect(choose('from=2026.2&to=2026.2', indexOf(v2026_2))).toEqual({ ok: false, problem: 'fewVersions' });
    expect(choose('', indexOf())).toEqual({ ok: false, problem: 'fewVersions' });
  });
});

describe('the changelog on /data', () => {
  const changelog: ChangelogEntry[] = [
    { dataVersion: '2026.2', date: '2026-02-15', changes: ['Added 2025-H2 figures.'] },
    { dataVersion: '2025.1', date: '2025-02-20', changes: ['First publication.'] },
    { dataVersion: '2024.4', date: '2024-11-30', changes: ['A preview, never published here.'] },
  ];

  it('lists each version once, newest first: the publisher’s notes beside what was published', () => {
    const lines = versionLines(changelog, [v2026_2, v2025_3, v2025_1]);
    expect(lines.map(({ dataVersion, date, notes }) => ({ dataVersion, date, notes }))).toEqual([
      { dataVersion: '2026.2', date: '2026-02-15', notes: ['Added 2025-H2 figures.'] },
      { dataVersion: '2025.3', date: '2025-08-30', notes: [] },
      { dataVersion: '2025.1', date: '2025-02-20', notes: ['First publication.'] },
      { dataVersion: '2024.4', date: '2024-11-30', notes: ['A preview, never published here.'] },
    ]);
    expect(lines.map((line) => line.published?.dataVersion)).toEqual(['2026.2', '2025.3', '2025.1', undefined]);
  });

  it('still lists the notes when no version is published, and the versions when there are no notes', () => {
    expect(versionLines(changelog, []).map((line) => line.dataVersion)).toEqual(['2026.2', '2025.1', '2024.4']);
    expect(versionLines([], [v2025_1, v2026_2]).map((line) => [line.dataVersion, line.date])).toEqual([
      ['2026.2', '2026-02-15'],
      ['2025.1', '2025-02-20'],
    ]);
  });
});

describe('the changes as CSV', () => {
  const changes: Change[] = [
    {
      resource: 'accessControls',
      kind: 'changed',
      item: 'AC-09',
      itemParts: { id: 'AC-09' },
      field: 'status',
      before: { type: 'text', text: 'partial' },
      after: { type: 'text', text: 'implemented' },
    },
    {
      resource: 'accessRequests',
      kind: 'revised',
      item: '2024-H2 · usLawEnforcement · US',
      itemParts: { period: '2024-H2', category: 'usLawEnforcement', country: 'US' },
      field: 'received',
      before: { type: 'figure', figure: { kind: 'exact', value: 12 } },
      after: { type: 'figure', figure: { kind: 'suppressed', lessThan: 5 } },
    },
    {
      resource: 'periods',
      kind: 'periodAdded',
      item: '2025-H2',
      itemParts: { period: '2025-H2' },
      before: { type: 'absent' },
      after: { type: 'text', text: '2025-H2' },
    },
    {
      resource: 'accessControls',
      kind: 'changed',
      item: 'AC-01',
      itemParts: { id: 'AC-01' },
      field: 'frameworks',
      before: { type: 'list', items: ['ISO 27001 A.5.15'] },
      after: { type: 'list', items: ['ISO 27001 A.5.15', 'SOC 2 CC6.1'] },
    },
  ];

  it('has a header and one row per change, values in the contract’s plain notation', () => {
    const csv = changesToCsv(changes, { from: '2025.3', to: '2026.2' });
    expect(csv.split('\r\n')).toEqual([
      'from_version,to_version,resource,item,field,kind,before,after',
      '2025.3,2026.2,accessControls,AC-09,status,changed,partial,implemented',
      '2025.3,2026.2,accessRequests,2024-H2 · usLawEnforcement · US,received,revised,exact 12,suppressed <5',
      '2025.3,2026.2,periods,2025-H2,,periodAdded,,2025-H2',
      '2025.3,2026.2,accessControls,AC-01,frameworks,changed,ISO 27001 A.5.15,ISO 27001 A.5.15; SOC 2 CC6.1',
      '',
    ]);
  });

  it('makes a value a spreadsheet would run as a formula inert', () => {
    const formula: Change = {
      resource: 'accessControls',
      kind: 'changed',
      item: 'AC-02',
      itemParts: { id: 'AC-02' },
      field: 'title',
      before: { type: 'text', text: 'Access reviews' },
      after: { type: 'text', text: '=HYPERLINK("https://attacker.example","Click")' },
    };
    const [, row] = changesToCsv([formula], { from: '2025.3', to: '2026.2' }).split('\r\n');
    expect(row).toBe(
      '2025.3,2026.2,accessControls,AC-02,title,changed,Access reviews,"\'=HYPERLINK(""https://attacker.example"",""Click"")"',
    );
  });

  it('is named after the two versions', () => {
    expect(changesFileName({ from: '2025.3', to: '2026.2' })).toBe('changes-2025.3-to-2026.2.csv');
  });
});
