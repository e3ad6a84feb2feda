import { comparePeriodIds } from '../../api/periods';
import type { AccessRequestCount } from '../../api/schemas';

/** The figures of a row that may be "not reported", with a reason. */
export const reportedFields = ['received', 'disclosed', 'accountsSpecified'] as const;
export type ReportedField = (typeof reportedFields)[number];

export interface UnreportedPlace {
  row: AccessRequestCount;
  /** Which of the row's figures were not reported for this reason, in reportedFields' order. */
  fields: ReportedField[];
}

export interface UnreportedReason {
  /** The publisher's words, as the data gives them. */
  reason: string;
  /** The rows it was given for, oldest period first. */
  places: UnreportedPlace[];
}

/**
 * The reasons the data gives for figures it did not report, each with the rows it was given for:
 * a total drawn as "not reported" sums many rows, and loses the publisher's reasons on the way.
 * Reasons come in the order of the earliest period they were given for.
 */
export function unreportedReasons(rows: readonly AccessRequestCount[]): UnreportedReason[] {
  const byReason = new Map<string, Map<AccessRequestCount, ReportedField[]>>();
  for (const row of rows) {
    for (const field of reportedFields) {
      const figure = row[field];
      if (figure?.kind !== 'notReported' || figure.reason === undefined) continue;
      const places = byReason.get(figure.reason) ?? new Map<AccessRequestCount, ReportedField[]>();
      byReason.set(figure.reason, places.set(row, [...(places.get(row) ?? []), field]));
    }
  }
  const reasons = [...byReason].map(([reason, places]) => ({
    reason,
    places: [...places]
      .map(([row, fields]) => ({ row, fields }))
      .sort((a, b) => comparePeriodIds(a.row.period, b.row.period)),
  }));
  return reasons.sort((a, b) => comparePeriodIds(a.places[0]!.row.period, b.places[0]!.row.period));
}
