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
 * The comparison the address asks for (?from=&to=), each side defaulting to the latest pair's.
 * A version the list does not have is named, not silently replaced. Two in the wrong order are
 * swapped: "from" is always the older.
 */
export function comparisonFromSearch(search: URLSearchParams, index: VersionsIndex): ComparisonChoice {
  const fallback = defaultComparison(index);
  if (!fallback) return { ok: false, problem: 'fewVersions' };
  const from = search.get('from') ?? fallback.from;
  const to = search.get('to') ?? (search.get('from') && from === fallback.to ? fallback.from : fallback.to);
  const order = index.versions.map((version) => version.dataVersion);
  for (const version of [from, to]) {
    if (!order.includes(version)) return { ok: false, problem: 'unknownVersion', version };
  }
  // Newest first in the list: the larger index is the older version.
  return order.indexOf(from) >= order.indexOf(to)
    ? { ok: true, comparison: { from, to } }
    : { ok: true, comparison: { from: to, to: from } };
}
