import { plainValue, type Change } from '../../api/versionChanges';
import { toCsv } from '../../lib/csv';
import type { Comparison } from './comparison';

/** The changes shown, one per row, in the contract's words, so a script can read them too. */
export function changesToCsv(changes: readonly Change[], { from, to }: Comparison): string {
  return toCsv(
    ['from_version', 'to_version', 'resource', 'item', 'field', 'kind', 'before', 'after'],
    changes.map((change) => [
      from,
      to,
      change.resource,
      change.item,
      change.field ?? '',
      change.kind,
      plainValue(change.before),
      plainValue(change.after),
    ]),
  );
}

export const changesFileName = ({ from, to }: Comparison) => `changes-${from}-to-${to}.csv`;
