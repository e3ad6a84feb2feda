import type { VersionsIndex } from '../../api/schemas';

/** Two versions to compare, the older first. */
export interface Comparison {
  from: string;
  to: string;
}

/** The latest version against the one before: what a reader arriving without a choice wants. */
export function defaultComparison(index: VersionsIndex): Comparison | null {
  const [latest, previous] = index.versions;
  return latest && previous ? { from: previous.dataVersion, to: latest.dataVersion } : null;
}

export type ComparisonChoice =
  | { ok: true; comparison: Comparison }
  | { ok: false; problem: 'fewVersions' }
  | { ok: false; problem: 'unknownVersion'; version: string };

/**
 * The comparison the address asks for (?from=&to=). A side left out is the version next to the
 * other (the latest after "from", the one before "to"), or the latest pair's. A version the list does
 * not have is named, not silently replaced. Two in the wrong order are swapped: "from" is the older.
 */
export function comparisonFromSearch(search: URLSearchParams, index: VersionsIndex): ComparisonChoice {
  const fallback = defaultComparison(index);
  if (!fallback) return { ok: false, problem: 'fewVersions' };
  // Newest first: a larger index is an older version.
  const order = index.versions.map((version) => version.dataVersion);
  const asked = [search.get('from'), search.get('to')].filter((version): version is string => version !== null);
  const unknown = asked.find((version) => !order.includes(version));
  if (unknown !== undefined) return { ok: false, problem: 'unknownVersion', version: unknown };

  const before = (version: string) => order[order.indexOf(version) + 1] ?? version;
  const from = search.get('from');
  const to = search.get('to');
  let pair: Comparison;
  if (from !== null && to !== null) pair = { from, to };
  else if (from !== null) pair = from === order[0] ? fallback : { from, to: order[0]! };
  else if (to !== null) pair = { from: before(to), to };
  else pair = fallback;
  return order.indexOf(pair.from) >= order.indexOf(pair.to)
    ? { ok: true, comparison: pair }
    : { ok: true, comparison: { from: pair.to, to: pair.from } };
}
