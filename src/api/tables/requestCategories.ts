import type { RequestCategory } from '../schemas';
import { columnLookup, decodeEach, type TableCodec } from './table';

export const requestCategoriesTable: TableCodec<RequestCategory> = {
  resource: 'requestCategories',
  columns: [
    { name: 'id', type: 'string', required: true, description: 'Identifier used by access-requests.' },
    { name: 'label', type: 'string', required: true, description: 'Name of the category, as the site shows it.' },
    { name: 'description', type: 'string', description: 'What the category covers, for the methodology.' },
  ],
  primaryKey: ['id'],
  toRows: (items) => items.map((item) => [item.id, item.label, item.description]),
  fromRecords: (records) =>
    decodeEach(records, (read) => ({
      id: read.text('id'),
      label: read.text('label'),
      description: read.textOrEmpty('description'),
    })),
  columnOf: columnLookup({ id: 'id', label: 'label', description: 'description' }),
};
