import { parse } from 'csv-parse/sync';
import type { CsvRecord } from '../../api/tables/table';

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

export interface CsvIssue {
  line: number;
  column?: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
  rule: string;
}

// What spreadsheets run as a formula; the site's own CSV files prefix such cells with an apostrophe.
const FORMULA_START = /^[=+\-@\t\r\n]/;
const GUARDED = /^'+[=+\-@\t\r\n]/;

interface ParseInfo {
  record: string[];
  info: { lines: number };
}

/**
 * Reads RFC 4180 CSV with a header row. Every record keeps the line it starts on;
 * blank lines, ragged rows and formula-like cells are reported against their line.
 */
export function parseCsvText(text: string): { table?: CsvTable; issues: CsvIssue[] } {
  const issues: CsvIssue[] = [];
  let parsed: ParseInfo[];
  try {
    parsed = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as ParseInfo[];
  } catch (error) {
    const { code, lines, message } = error as { code?: string; lines?: number; message: string };
    const quote = code?.includes('QUOTE');
    issues.push({
      severity: 'error',
      rule: 'csv-syntax',
      line: lines ?? 1,
      message: quote ? `a quoted cell is not closed properly (${message.replace(/^[^:]*:\s*/, '')})` : message,
      hint: quote
        ? 'Inside a cell in double quotes, write a double quote as two (""). A cell that holds a comma or a line break must be in double quotes.'
        : undefined,
    });
    return { issues };
  }

  let previousEnd = 0;
  const rows: { line: number; cells: string[] }[] = [];
  for (const { record, info } of parsed) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (record.length === 1 && record[0] === '') {
      issues.push({ severity: 'warning', rule: 'csv-blank-line', line, message: 'a blank line was skipped' });
      continue;
    }
    rows.push({ line, cells: record });
  }
  const [head, ...body] = rows;
  if (!head) {
    issues.push({
      severity: 'error',
      rule: 'csv-empty',
      line: 1,
      message: 'the file is empty',
      hint: 'Start with the header row.',
    });
    return { issues };
  }
  const header = head.cells.map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) {
      issues.push({
        severity: 'error',
        rule: 'csv-duplicate-column',
        line: head.line,
        column: name,
        message: `the column ${name} appears twice`,
      });
    }
    seen.add(name);
  }

  const records: CsvRecord[] = [];
  for (const row of body) {
    if (row.cells.length !== header.length) {
      issues.push({
        severity: 'error',
        rule: 'csv-row-length',
        line: row.line,
        message: `has ${row.cells.length} cells, but the header has ${header.length}`,
        hint: 'A cell that holds a comma must be in double quotes.',
      });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, index) => {
      const cell = row.cells[index]!;
      if (GUARDED.test(cell)) {
        cells[name] = cell.slice(1);
      } else if (FORMULA_START.test(cell) && !/^-\d/.test(cell)) {
        issues.push({
          severity: 'error',
          rule: 'csv-formula',
          line: row.line,
          column: name,
          message: `starts with “${JSON.stringify(cell[0]).slice(1, -1)}”, which spreadsheets read as a formula`,
          hint: 'If the text really starts this way, put an apostrophe before it (the site does the same when it publishes).',
        });
        cells[name] = cell;
      } else {
        cells[name] = cell;
      }
    });
    records.push({ line: row.line, cells });
  }
  return { table: { header, records }, issues };
}
