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

interface CsvParseError {
  code?: string;
  lines?: number;
  index?: number;
  message: string;
}

interface ParseInfo {
  record: string[];
  info: { lines: number };
}

// What spreadsheets run as a formula; the site's own CSV files prefix such cells with an apostrophe.
const FORMULA_START = /^[=+\-@\t\r\n]/;
const GUARDED = /^'+[=+\-@\t\r\n]/;

/** Where a double quote opens a cell that never closes (line, and cell in that line), read as CSV reads quotes. */
function unclosedQuote(text: string): { line: number; cell: number } {
  let line = 1;
  let cell = 0;
  let openedAt = { line: 1, cell: 0 };
  let quoted = false;
  let cellStart = true;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') index += 1;
      else if (char === '"') quoted = false;
    } else if (char === '"' && cellStart) {
      quoted = true;
      openedAt = { line, cell };
    } else if (char === ',') cell += 1;
    if (char === '\n') {
      line += 1;
      if (!quoted) cell = 0;
    }
    cellStart = !quoted && (char === ',' || char === '\n');
  }
  return openedAt;
}

const QUOTE_HINT = 'Put the whole cell in double quotes, and write each double quote inside it as two ("").';

function syntaxIssue(text: string, error: CsvParseError): CsvIssue {
  const line = error.lines ?? 1;
  const header = text.slice(0, text.indexOf('\n') >>> 0).split(/[,;]/);
  const column = error.index === undefined ? undefined : header[error.index]?.trim();
  const at = column ? { column } : {};
  const issue = (message: string, hint: string, where: Partial<CsvIssue> = { line, ...at }): CsvIssue => ({
    severity: 'error',
    rule: 'csv-syntax',
    line,
    ...where,
    message,
    hint,
  });
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED': {
      const opened = unclosedQuote(text);
      const name = header[opened.cell]?.trim();
      return issue('a cell opens with a double quote that is never closed', QUOTE_HINT, {
        line: opened.line,
        ...(name ? { column: name } : {}),
      });
    }
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return issue('a cell holds a double quote, but the cell is not in double quotes itself', QUOTE_HINT);
    case 'CSV_INVALID_CLOSING_QUOTE':
      return issue('a cell in double quotes goes on after its closing quote', QUOTE_HINT);
    default:
      return issue(error.message, 'Check the line in a text editor: spreadsheets hide what is wrong.');
  }
}

/**
 * Reads RFC 4180 CSV with a header row. Every record keeps the line it starts on;
 * blank lines, ragged rows and formula-like cells are reported against their line.
 */
export function parseCsvText(source: string): { table?: CsvTable; issues: CsvIssue[] } {
  const issues: CsvIssue[] = [];
  // One kind of line end, so that lines are counted right where a quoted cell holds a Windows line break.
  const text = source.replace(/\r\n/g, '\n');
  // Spreadsheets in many languages save "CSV" with semicolons: a header with no comma but semicolons says so.
  const headerLine = text.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '';
  const delimiter = !headerLine.includes(',') && headerLine.includes(';') ? ';' : ',';
  if (delimiter === ';') {
    issues.push({
      severity: 'warning',
      rule: 'csv-semicolons',
      line: 1,
      message: 'the cells are separated by semicolons, not commas; the file was read that way',
      hint: 'The site publishes commas: save as “CSV UTF-8 (comma-delimited)”, and write decimals with a point.',
    });
  }
  let parsed: ParseInfo[];
  try {
    parsed = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as ParseInfo[];
  } catch (error) {
    issues.push(syntaxIssue(text, error as CsvParseError));
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
        return;
      }
      if (FORMULA_START.test(cell) && !/^-\d/.test(cell)) {
        issues.push({
          severity: 'error',
          rule: 'csv-formula',
          line: row.line,
          column: name,
          message: `starts with “${JSON.stringify(cell[0]).slice(1, -1)}”, which spreadsheets read as a formula`,
          hint: 'If the text really starts this way, put an apostrophe before it (the site does the same when it publishes).',
        });
      }
      cells[name] = cell;
    });
    records.push({ line: row.line, cells });
  }
  return { table: { header, records }, issues };
}
