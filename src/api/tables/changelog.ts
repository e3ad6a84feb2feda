import type { ChangelogEntry } from '../schemas';
import { columnLookup, type DecodedItem, type TableCodec } from './table';

/** One row per change; the rows of one version, together, are its entry. */
export const changelogTable: TableCodec<ChangelogEntry> = {
  resource: 'changelog',
  columns: [
    { name: 'data_version', type: 'string', required: true, description: 'The data version.' },
    { name: 'date', type: 'date', required: true, description: 'Date the version was published.' },
    { name: 'change', type: 'string', required: true, description: 'One change in that version.' },
  ],
  toRows: (entries) =>
    entries.flatMap((entry) => entry.changes.map((change) => [entry.dataVersion, entry.date, change])),
  fromRecords: (records) => {
    const entries = new Map<
      string,
      DecodedItem & { value: { dataVersion: string; date?: string; changes: unknown[] } }
    >();
    for (const record of records) {
      const version = record.cells.data_version ?? '';
      let entry = entries.get(version);
      if (!entry) {
        entry = {
          value: { dataVersion: version, date: record.cells.date, changes: [] },
          line: record.line,
          problems: [],
        };
        entries.set(version, entry);
      } else if (record.cells.date !== entry.value.date) {
        entry.problems.push({
          column: 'date',
          message: `is ${record.cells.date} on line ${record.line}, but ${entry.value.date} on line ${entry.line}`,
          hint: 'Every row of one data version has the same date.',
        });
      }
      entry.value.changes.push(record.cells.change ?? '');
    }
    return [...entries.values()];
  },
  columnOf: columnLookup({ dataVersion: 'data_version', date: 'date', changes: 'change' }),
};
