// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resourceSchemas } from '../../src/api/resourceSchemas';
import { tableCsv, tables, tabularKeys } from '../../src/api/tables/registry';
import { parseCsvText } from '../../src/build/dataPackage/csvText';
import { sampleDataset } from '../support/sample';

const rowsOf = (csv: string) => csv.trimEnd().split('\r\n');

/** Reads a table's CSV back into the contract's shape, as the build does with a package's CSV. */
function readBack(key: (typeof tabularKeys)[number], csv: string) {
  const { table, issues } = parseCsvText(csv);
  expect(issues).toEqual([]);
  const schema = resourceSchemas[key] as unknown as {
    _zod: { def: { element: { parse: (value: unknown) => unknown } } };
  };
  const element = schema._zod.def.element;
  return tables[key].fromRecords(table!.records).map((decoded) => {
    expect(decoded.problems).toEqual([]);
    return element.parse(decoded.value);
  });
}

describe('the CSV form of each table', () => {
  it('writes one row per access-request figure, with kind and bounds for each', () => {
    const rows = rowsOf(tableCsv('accessRequests', sampleDataset));
    expect(rows[0]).toBe(
      'period,category,country,received_kind,received_min,received_max,received_note,disclosed_kind,disclosed_min,disclosed_max,disclosed_note,accounts_kind,accounts_min,accounts_max,accounts_note',
    );
    expect(rows).toHaveLength(sampleDataset.accessRequests.length + 1);
    expect(rows).toContain('2025-H2,chineseGovernment,CN,exact,2,2,,exact,0,0,,,,,');
    expect(rows).toContain('2025-H2,usNationalSecurity,US,band,0,249,,band,0,249,,,,,');
    expect(rows).toContain('2025-H2,foreignGovernment,KR,suppressed,0,4,,exact,0,0,,,,,');
    expect(rows).toContain('2025-H2,usLawEnforcement,US,exact,1575,1575,,exact,1071,1071,,exact,2230,2230,');
    expect(rows).toContain(
      '2023-H1,civilLitigant,GB,notReported,,,Not collected before mid-2023,notReported,,,Not collected before mid-2023,,,,',
    );
  });

  it('reads every table of the sample back to the same data', () => {
    for (const key of tabularKeys) {
      expect(readBack(key, tableCsv(key, sampleDataset)), key).toEqual(sampleDataset[key]);
    }
  });

  it('keeps lists, several evidence items, shares and formula-like text through a round trip', () => {
    const dataset = {
      ...sampleDataset,
      accessControls: [
        {
          ...sampleDataset.accessControls[0]!,
          title: '=HYPERLINK("x")',
          description: '\'=already guarded, with a comma and a "quote"\nand a new line',
          evidence: [
            { label: 'Report, part 1', url: 'https://example.org/a' },
            { label: 'Policy | summary', url: 'urn:x:y' },
          ],
        },
      ],
      accessRequests: [
        {
          period: '2025-Q3',
          category: 'emergency',
          country: 'IE',
          received: { kind: 'exact' as const, value: 40 },
          disclosed: { kind: 'shareBand' as const, minPercent: 12.5, maxPercent: 25 },
        },
        {
          period: '2025-Q3',
          category: 'legal',
          country: 'DE',
          received: { kind: 'suppressed' as const, lessThan: 5 },
          disclosed: { kind: 'share' as const, percent: 0 },
          accountsSpecified: { kind: 'notReported' as const },
        },
      ],
    };
    const csv = tableCsv('accessControls', dataset);
    expect(rowsOf(csv)[1]).toMatch(/^AC-01,"'=HYPERLINK\(""x""\)"/);
    expect(readBack('accessControls', csv)).toEqual(dataset.accessControls);
    expect(readBack('accessRequests', tableCsv('accessRequests', dataset))).toEqual(dataset.accessRequests);
  });

  it('writes every tabular resource, with as many columns as its Table Schema', () => {
    for (const key of tabularKeys) {
      const header = rowsOf(tableCsv(key, sampleDataset))[0]!.split(',');
      expect(header).toEqual(tables[key].columns.map((column) => column.name));
    }
    expect(rowsOf(tableCsv('storageLocations', sampleDataset))[1]).toMatch(
      /^us-virginia,Virginia,US,primary,39.04,-77.49,/,
    );
    expect(rowsOf(tableCsv('changelog', sampleDataset))[1]).toBe('2026.2,2026-02-15,Added 2025-H2 figures.');
  });
});
