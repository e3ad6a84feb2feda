import type { ReplicationFlow } from '../schemas';
import { columnLookup, decodeEach, joinList, type TableCodec } from './table';

export const replicationFlowsTable: TableCodec<ReplicationFlow> = {
  resource: 'replicationFlows',
  columns: [
    { name: 'id', type: 'string', required: true, description: 'Identifier of the flow.' },
    { name: 'from', type: 'string', required: true, description: 'Id of the storage location that sends the copy.' },
    { name: 'to', type: 'string', required: true, description: 'Id of the storage location that receives it.' },
    {
      name: 'mode',
      type: 'string',
      required: true,
      enum: ['synchronous', 'asynchronous'],
      description: 'synchronous or asynchronous.',
    },
    { name: 'description', type: 'string', description: 'What is copied, and how often.' },
    { name: 'encryption_in_transit', type: 'string', description: 'Encryption of the copy in transit.' },
    { name: 'data_categories', type: 'string', description: 'Categories of data copied, separated by “; ”.' },
  ],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['from'], resource: 'storageLocations', referenceFields: ['id'] },
    { fields: ['to'], resource: 'storageLocations', referenceFields: ['id'] },
  ],
  toRows: (items) =>
    items.map((flow) => [
      flow.id,
      flow.from,
      flow.to,
      flow.mode,
      flow.description,
      flow.encryptionInTransit,
      joinList(flow.dataCategories),
    ]),
  fromRecords: (records) =>
    decodeEach(records, (read) => ({
      id: read.text('id'),
      from: read.text('from'),
      to: read.text('to'),
      mode: read.text('mode'),
      description: read.textOrEmpty('description'),
      encryptionInTransit: read.textOrEmpty('encryption_in_transit'),
      dataCategories: read.list('data_categories'),
    })),
  columnOf: columnLookup({
    id: 'id',
    from: 'from',
    to: 'to',
    mode: 'mode',
    description: 'description',
    encryptionInTransit: 'encryption_in_transit',
    dataCategories: 'data_categories',
  }),
};
