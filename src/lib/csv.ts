export type CsvCell = string | number | boolean | null | undefined;

// Spreadsheet programs run a cell that starts with one of these as a formula. A cell that already
// starts with apostrophes before one gets another too, so that reading strips exactly one.
const FORMULA_TRIGGERS = /^'*[=+\-@\t\r\n]/;

/** Makes a cell inert in spreadsheets by prefixing a single quote (OWASP advice). */
export function guardFormula(value: string): string {
  return FORMULA_TRIGGERS.test(value) ? `'${value}` : value;
}

/** One field, quoted per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'string' ? guardFormula(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: CRLF line endings, a header row, every field escaped. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
