import type { LocationAccess } from '../schemas';
import { figureCells, figureColumns, figurePaths, readFigure } from './countCells';
import { columnLookup, decodeEach, type TableCodec } from './table';

export const locationAccessTable: TableCodec<LocationAccess> = {
  resource: 'locationAccess',
  columns: [
    { name: 'location', type: 'string', required: true, description: 'Id of the storage location.' },
    { name: 'period', type: 'string', required: true, description: 'Reporting period id.' },
    ...figureColumns('approved', 'the employee-access requests approved there', { shares: false }),
  ],
  primaryKey: ['location', 'period'],
  foreignKeys: [{ fields: ['location'], resource: 'storageLocations', referenceFields: ['id'] }],
  toRows: (items) => items.map((item) => [item.location, item.period, ...figureCells(item.approved)]),
  fromRecords: (records) =>
    decodeEach(records, (read) => ({
      location: read.text('location'),
      period: read.text('period'),
      approved: readFigure(read, 'approved'),
    })),
  columnOf: columnLookup({ location: 'location', period: 'period', ...figurePaths('approved', 'approved') }),
};
