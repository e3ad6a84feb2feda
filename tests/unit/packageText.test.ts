// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { accessRequestsTable } from '../../src/api/tables/accessRequests';
import { parseCsvText } from '../../src/build/dataPackage/csvText';
import { parseJsonText } from '../../src/build/dataPackage/jsonText';

describe('reading a package file as a publisher saved it', () => {
  it('takes a byte-order mark and Windows line ends in its stride, and counts lines inside quoted cells', () => {
    const { table, issues } = parseCsvText('\uFEFFid,label\r\n"a","two\r\nlines"\r\nb,c\r\n');
    expect(issues).toEqual([]);
    expect(table!.header).toEqual(['id', 'label']);
    expect(table!.records.map((record) => [record.line, record.cells.label])).toEqual([
      [2, 'two\nlines'],
      [4, 'c'],
    ]);
  });

  it('skips blank lines with a warning that names them', () => {
    const { table, issues } = parseCsvText('id,label\na,b\n\nc,d\n');
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', rule: 'csv-blank-line', line: 3 })]);
    expect(table!.records.map((record) => record.line)).toEqual([2, 4]);
  });

  it('reads a file saved with semicolons, and says so', () => {
    const { table, issues } = parseCsvText('id;label;description\na;b;"c; d"\n');
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', rule: 'csv-semicolons', line: 1 })]);
    expect(table!.records[0]!.cells).toEqual({ id: 'a', label: 'b', description: 'c; d' });
  });

  it('places a JSON value on its line, and a syntax error where the mistake is', () => {
    const parsed = parseJsonText('[\n  {\n    "id": 1\n  },\n  {\n    "id": 2\n  }\n]\n');
    expect(parsed.ok && parsed.json.lineOf([1, 'id'])).toBe(6);
    expect(parseJsonText('{\n  "a": 1,\n}\n')).toMatchObject({
      ok: false,
      line: 2,
      message: 'a trailing comma after the last item',
    });
  });

  it('refuses a note on a figure that is not “not reported”, since it would be lost', () => {
    const [decoded] = accessRequestsTable.fromRecords([
      {
        line: 2,
        cells: {
          period: '2025-H1',
          category: 'x',
          country: 'DE',
          received_kind: 'exact',
          received_min: '3',
          received_max: '3',
          received_note: 'includes withdrawn requests',
          disclosed_kind: 'exact',
          disclosed_min: '0',
          disclosed_max: '0',
          disclosed_note: '',
        },
      },
    ]);
    expect(decoded!.problems).toEqual([expect.objectContaining({ column: 'received_note' })]);
  });
});
