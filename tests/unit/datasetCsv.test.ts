import { describe, expect, it } from 'vitest';
import { datasetCsvFiles } from '../../src/api/datasetCsv';
import { sampleDataset } from '../support/sample';

const rowsOf = (csv: string) => csv.trimEnd().split('\r\n');

describe('dataset CSV files', () => {
  const files = datasetCsvFiles(sampleDataset);

  it('writes one row per access-request count, with kind and bounds for each figure', () => {
    const rows = rowsOf(files.get('access-requests.csv')!);
    expect(rows[0]).toBe(
      'period,requester_type,country,received_kind,received_min,received_max,received_note,disclosed_kind,disclosed_min,disclosed_max,disclosed_note',
    );
    expect(rows).toHaveLength(sampleDataset.accessRequests.length + 1);
    expect(rows).toContain('2025-H2,chineseGovernment,CN,exact,2,2,,exact,0,0,');
    expect(rows).toContain('2025-H2,usNationalSecurity,US,band,0,249,,band,0,249,');
    expect(rows).toContain('2025-H2,foreignGovernment,KR,suppressed,0,4,,exact,0,0,');
    expect(rows).toContain(
      '2023-H1,civilLitigant,GB,notReported,,,Not collected before mid-2023,notReported,,,Not collected before mid-2023',
    );
  });

  it('writes every tabular resource', () => {
    expect([...files.keys()].sort()).toEqual([
      'access-controls.csv',
      'access-requests.csv',
      'audit-statistics.csv',
      'changelog.csv',
      'replication-flows.csv',
      'storage-locations.csv',
    ]);
    expect(rowsOf(files.get('storage-locations.csv')!)[1]).toMatch(/^us-virginia,Virginia,US,primary,39.04,-77.49,/);
    expect(rowsOf(files.get('audit-statistics.csv')!)).toHaveLength(7);
    expect(rowsOf(files.get('changelog.csv')!)[1]).toBe('2026.2,2026-02-15,Added 2025-H2 figures.');
  });
});
