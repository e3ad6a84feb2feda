import type { CsvCell } from '../../lib/csv';
import type { DisclosureFigure } from '../schemas';
import type { CellReader, Column } from './table';

/**
 * A figure in four cells: <name>_kind, _min, _max and _note. The bounds are what the figure
 * allows (a suppressed "fewer than 5" is 0 to 4; a share is in percent); an unknown bound is empty.
 */
export function figureColumns(name: string, label: string, options: { shares: boolean; optional?: boolean }): Column[] {
  const kinds = ['exact', 'suppressed', 'band', 'notReported', ...(options.shares ? ['share', 'shareBand'] : [])];
  const unit = options.shares ? ' (a percentage for share and shareBand)' : '';
  return [
    {
      name: `${name}_kind`,
      type: 'string',
      required: !options.optional,
      enum: kinds,
      description: `How much is known of ${label}: ${kinds.join(', ')}.`,
    },
    {
      name: `${name}_min`,
      type: 'number',
      description: `Lowest value ${label} can be${unit}; empty when not reported.`,
    },
    {
      name: `${name}_max`,
      type: 'number',
      description: `Highest value ${label} can be${unit}; for suppressed, one less than the threshold.`,
    },
    { name: `${name}_note`, type: 'string', description: `Why ${label} was not reported, if given.` },
  ];
}

export function figureCells(figure: DisclosureFigure | undefined): CsvCell[] {
  if (!figure) return [null, null, null, null];
  switch (figure.kind) {
    case 'exact':
      return [figure.kind, figure.value, figure.value, null];
    case 'suppressed':
      return [figure.kind, 0, figure.lessThan - 1, null];
    case 'band':
      return [figure.kind, figure.min, figure.max, null];
    case 'notReported':
      return [figure.kind, null, null, figure.reason];
    case 'share':
      return [figure.kind, figure.percent, figure.percent, null];
    case 'shareBand':
      return [figure.kind, figure.minPercent, figure.maxPercent, null];
  }
}

/** Reads a figure back from its four cells; all four empty is no figure at all. */
export function readFigure(read: CellReader, name: string): Record<string, unknown> | undefined {
  const kindColumn = `${name}_kind`;
  const minColumn = `${name}_min`;
  const maxColumn = `${name}_max`;
  const kind = read.text(kindColumn)?.trim();
  const min = read.number(minColumn);
  const max = read.number(maxColumn);
  const note = read.text(`${name}_note`);
  if (kind === undefined) {
    if (min !== undefined || max !== undefined || note !== undefined) {
      read.problem(kindColumn, 'is empty, but the figure has other cells', 'Say which kind of figure it is.');
    }
    return undefined;
  }
  if (note !== undefined && kind !== 'notReported') {
    read.problem(
      `${name}_note`,
      `has a note, but only a figure that is not reported keeps one (this one is ${kind})`,
      'Leave the note empty: the contract has no place for it, and it would be lost without a word.',
    );
  }
  const single = (field: string) => {
    if (min !== undefined && max !== undefined && min !== max) {
      read.problem(maxColumn, `differs from ${minColumn} (${min} and ${max})`, `An ${kind} figure has one value.`);
    }
    return { kind, [field]: min ?? max };
  };
  switch (kind) {
    case 'exact':
      return single('value');
    case 'share':
      return single('percent');
    case 'suppressed':
      if (min !== undefined && min !== 0) {
        read.problem(minColumn, `is ${min}, but a suppressed figure can be as low as 0`, 'Leave it empty or write 0.');
      }
      if (max === undefined || (typeof max === 'number' && max < 1)) {
        read.problem(
          maxColumn,
          max === undefined ? 'is empty' : `is ${max}, but a suppressed figure hides values from 0 up to at least 1`,
          'For “fewer than 5”, write 4: the highest value the figure can be. A figure that is exactly 0 is exact.',
        );
        return { kind, lessThan: 2 };
      }
      return { kind, lessThan: typeof max === 'number' ? max + 1 : max };
    case 'band':
      return { kind, min, max };
    case 'shareBand':
      return { kind, minPercent: min, maxPercent: max };
    case 'notReported':
      if (min !== undefined || max !== undefined) {
        read.problem(minColumn, 'has a value, but the figure is not reported', 'Leave min and max empty.');
      }
      return { kind, ...(note ? { reason: note } : {}) };
    default:
      return { kind };
  }
}

/** JSON paths of a figure field mapped to its cells, for messages. */
export function figurePaths(field: string, name: string): Record<string, string> {
  return {
    [field]: `${name}_kind`,
    [`${field}.kind`]: `${name}_kind`,
    [`${field}.value`]: `${name}_min`,
    [`${field}.percent`]: `${name}_min`,
    [`${field}.min`]: `${name}_min`,
    [`${field}.minPercent`]: `${name}_min`,
    [`${field}.max`]: `${name}_max`,
    [`${field}.maxPercent`]: `${name}_max`,
    [`${field}.lessThan`]: `${name}_max`,
    [`${field}.reason`]: `${name}_note`,
  };
}
