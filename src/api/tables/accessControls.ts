import type { AccessControl } from '../schemas';
import { controlCategories, controlStatuses, frameworks } from '../vocabulary';
import { columnLookup, decodeEach, joinList, type CellReader, type TableCodec } from './table';

/** Evidence, one item to a line: "label | url". */
const EVIDENCE_SEPARATOR = ' | ';

function readFrameworks(read: CellReader) {
  return read.list('frameworks').map((item) => {
    const space = item.indexOf(' ');
    if (space < 0) {
      read.problem(
        'frameworks',
        `has “${item}” with no reference`,
        'Write the framework, a space, then the reference: “SOC2 CC6.1”.',
      );
      return { framework: item };
    }
    return { framework: item.slice(0, space), reference: item.slice(space + 1).trim() };
  });
}

function readEvidence(read: CellReader) {
  const text = read.text('evidence');
  if (text === undefined) return [];
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => {
      const at = line.lastIndexOf(EVIDENCE_SEPARATOR.trim());
      if (at < 0) {
        read.problem(
          'evidence',
          `has “${line}” with no address`,
          'Write each item on its own line as “label | address”.',
        );
        return { label: line.trim() };
      }
      return { label: line.slice(0, at).trim(), url: line.slice(at + 1).trim() };
    });
}

export const accessControlsTable: TableCodec<AccessControl> = {
  resource: 'accessControls',
  columns: [
    { name: 'id', type: 'string', required: true, description: 'Identifier, cited in permalinks.' },
    { name: 'title', type: 'string', required: true, description: 'Short name of the control.' },
    { name: 'category', type: 'string', required: true, enum: controlCategories, description: 'Category.' },
    { name: 'status', type: 'string', required: true, enum: controlStatuses, description: 'Status.' },
    {
      name: 'frameworks',
      type: 'string',
      description: `Framework mappings separated by “; ”, each a framework (${frameworks.join(', ')}), a space and a reference.`,
    },
    { name: 'evidence', type: 'string', description: 'Evidence, one item per line, each “label | address”.' },
    {
      name: 'last_reviewed',
      type: 'date',
      required: true,
      description: 'Date the control was last reviewed or tested.',
    },
    { name: 'description', type: 'string', description: 'What the control does.' },
  ],
  primaryKey: ['id'],
  toRows: (items) =>
    items.map((control) => [
      control.id,
      control.title,
      control.category,
      control.status,
      joinList(control.frameworks.map((mapping) => `${mapping.framework} ${mapping.reference}`)),
      control.evidence.map((item) => `${item.label}${EVIDENCE_SEPARATOR}${item.url}`).join('\n'),
      control.lastReviewed,
      control.description,
    ]),
  fromRecords: (records) =>
    decodeEach(records, (read) => ({
      id: read.text('id'),
      title: read.text('title'),
      category: read.text('category'),
      status: read.text('status'),
      frameworks: readFrameworks(read),
      evidence: readEvidence(read),
      lastReviewed: read.text('last_reviewed'),
      description: read.textOrEmpty('description'),
    })),
  columnOf: columnLookup({
    id: 'id',
    title: 'title',
    category: 'category',
    status: 'status',
    frameworks: 'frameworks',
    evidence: 'evidence',
    lastReviewed: 'last_reviewed',
    description: 'description',
  }),
};
