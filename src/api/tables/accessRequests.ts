import type { AccessRequestCount } from '../schemas';
import { figureCells, figureColumns, figurePaths, readFigure } from './countCells';
import { columnLookup, decodeEach, type TableCodec } from './table';

export const accessRequestsTable: TableCodec<AccessRequestCount> = {
  resource: 'accessRequests',
  columns: [
    { name: 'period', type: 'string', required: true, description: 'Reporting period id.' },
    { name: 'category', type: 'string', required: true, description: 'Id of the request category.' },
    { name: 'country', type: 'string', required: true, description: 'ISO 3166-1 alpha-2 code of the requester.' },
    ...figureColumns('received', 'the requests received', { shares: false }),
    ...figureColumns('disclosed', 'the requests that led to a disclosure', { shares: true }),
    ...figureColumns('accounts', 'the accounts specified in the requests', { shares: false, optional: true }),
  ],
  primaryKey: ['period', 'category', 'country'],
  foreignKeys: [{ fields: ['category'], resource: 'requestCategories', referenceFields: ['id'] }],
  toRows: (items) =>
    items.map((row) => [
      row.period,
      row.category,
      row.country,
      ...figureCells(row.received),
      ...figureCells(row.disclosed),
      ...figureCells(row.accountsSpecified),
    ]),
  fromRecords: (records) =>
    decodeEach(records, (read) => {
      const accounts = readFigure(read, 'accounts');
      return {
        period: read.text('period'),
        category: read.text('category'),
        country: read.text('country'),
        received: readFigure(read, 'received'),
        disclosed: readFigure(read, 'disclosed'),
        ...(accounts ? { accountsSpecified: accounts } : {}),
      };
    }),
  columnOf: columnLookup({
    period: 'period',
    category: 'category',
    country: 'country',
    ...figurePaths('received', 'received'),
    ...figurePaths('disclosed', 'disclosed'),
    ...figurePaths('accountsSpecified', 'accounts'),
  }),
};
