import type { CsvCell } from '../../lib/csv';
import type { ResourceKey } from '../resources';

/** Table Schema field types used by the published CSV files. */
export type FieldType = 'string' | 'integer' | 'number' | 'date';

export interface Column {
  name: string;
  type: FieldType;
  description: string;
  /** The cell may not be empty. */
  required?: boolean;
  enum?: readonly string[];
}

/** A CSV record as read: cells by column name, and the line it starts on. */
export interface CsvRecord {
  line: number;
  cells: Record<string, string>;
}

/** A problem with one cell, found while turning cells into the contract's shape. */
export interface CellProblem {
  column: string;
  message: string;
  hint?: string;
}

export interface DecodedItem {
  value: unknown;
  line: number;
  problems: CellProblem[];
}

/**
 * One tabular resource as CSV: its columns (which also become its Table Schema),
 * how items become rows and rows become items again, losslessly.
 */
export interface TableCodec<Item> {
  resource: ResourceKey;
  columns: Column[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; resource: ResourceKey; referenceFields: string[] }[];
  toRows(items: Item[]): CsvCell[][];
  fromRecords(records: CsvRecord[]): DecodedItem[];
  /** The column a path inside one (decoded) item comes from, for messages about it. */
  columnOf(path: readonly PropertyKey[], item?: unknown): string | undefined;
}

/** Builds the column lookup from the longest matching path prefix ("received.kind" before "received"). */
export function columnLookup(map: Record<string, string>): (path: readonly PropertyKey[]) => string | undefined {
  return (path) => {
    const keys = path.filter((key) => typeof key === 'string');
    for (let length = keys.length; length > 0; length -= 1) {
      const column = map[keys.slice(0, length).join('.')];
      if (column) return column;
    }
    return undefined;
  };
}

/** One decoded item per record, with the problems its cells had. */
export function decodeEach(records: CsvRecord[], decode: (read: CellReader) => unknown): DecodedItem[] {
  return records.map((record) => {
    const reader = new CellReader(record);
    return { value: decode(reader), line: record.line, problems: reader.problems };
  });
}

/** Reads typed values out of one record, noting each cell that cannot be read. */
export class CellReader {
  readonly problems: CellProblem[] = [];
  constructor(private readonly record: CsvRecord) {}

  /** The cell's text; an empty cell is undefined. */
  text(column: string): string | undefined {
    const value = this.record.cells[column];
    return value === undefined || value === '' ? undefined : value;
  }

  /** Empty text stays an empty string, for fields that may be blank. */
  textOrEmpty(column: string): string {
    return this.record.cells[column] ?? '';
  }

  /** A number; text that is not one is passed on, so the schema reports it against this column. */
  number(column: string): number | string | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    const trimmed = text.trim();
    return /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(trimmed) ? Number(trimmed) : text;
  }

  /** "a; b; c" as a list; an empty cell is an empty list. */
  list(column: string): string[] {
    return splitList(this.text(column));
  }

  problem(column: string, message: string, hint?: string) {
    this.problems.push({ column, message, ...(hint ? { hint } : {}) });
  }
}

export const LIST_SEPARATOR = '; ';

export const joinList = (items: readonly string[]) => items.join(LIST_SEPARATOR);

export function splitList(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
}
