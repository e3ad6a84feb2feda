import { sortedPeriods } from '../api/periods';
import type { AccessRequestCount } from '../api/schemas';
import { publishesShares, sumRows, sumRowsBy, type ReceivedAndDisclosed } from './disclosures';

/**
 * What the data allows the site to say about disclosures in the headline category:
 * - knownZero: every figure is an exact zero, in every declared period;
 * - someDisclosed: at least one request certainly led to a disclosure;
 * - possiblySome: suppressed or banded figures allow zero and more than zero;
 * - incomplete: nothing is known to be disclosed, but a figure or a period is not reported;
 * - noData: the category has no figures at all.
 */
export type FindingKind = 'knownZero' | 'someDisclosed' | 'possiblySome' | 'incomplete' | 'noData';

export interface PeriodFinding {
  period: string;
  kind: FindingKind;
  total: ReceivedAndDisclosed;
}

export interface HeadlineFinding {
  kind: FindingKind;
  category: string;
  total: ReceivedAndDisclosed;
  /** Whether disclosures are stated as a share of the requests (the rows publish shares). */
  asShare: boolean;
  /** Periods with figures for the category, oldest first. */
  periods: string[];
  /** Declared periods without any figure for the category. */
  missingPeriods: string[];
  /** Periods where a figure is not reported. */
  notReportedPeriods: string[];
  /** Periods whose suppressed or banded figures allow more disclosures than they certainly show. */
  hiddenPeriods: string[];
  perPeriod: PeriodFinding[];
}

const unreportedPeriod = { received: { kind: 'notReported' }, disclosed: { kind: 'notReported' } } as const;

function kindOf(total: ReceivedAndDisclosed, complete: boolean): FindingKind {
  const { disclosedMin, disclosedMax } = total.disclosed;
  if (total.received.parts === 0) return 'noData';
  if (disclosedMin > 0) return 'someDisclosed';
  if (disclosedMax === null || !complete) return 'incomplete';
  return disclosedMax > 0 ? 'possiblySome' : 'knownZero';
}

/**
 * The one judgement behind every statement about the headline category: the Overview's
 * card, the stats widget and the Requests headline all render this, never their own.
 */
export function headlineFinding(
  rows: readonly AccessRequestCount[],
  category: string,
  declaredPeriods: readonly string[],
): HeadlineFinding {
  const own = rows.filter((row) => row.category === category);
  const byPeriod = sumRowsBy(own, (row) => row.period);
  const periods = sortedPeriods(byPeriod.keys());
  const perPeriod = periods.map((period) => {
    const total = byPeriod.get(period)!;
    return { period, total, kind: kindOf(total, true) };
  });
  const missingPeriods = declaredPeriods.filter((period) => !periods.includes(period));
  // A declared period without figures is not a zero: the whole counts it as a figure not reported,
  // so it reads "at least", never an exact sum of the periods that do have figures.
  const total = sumRows(periods.length > 0 ? [...own, ...missingPeriods.map(() => unreportedPeriod)] : own);
  const notReportedPeriods = perPeriod
    .filter((item) => item.total.disclosed.disclosedMax === null)
    .map((item) => item.period);
  const hiddenPeriods = perPeriod
    .filter(
      ({ total: { disclosed } }) => disclosed.disclosedMax !== null && disclosed.disclosedMax > disclosed.disclosedMin,
    )
    .map((item) => item.period);
  return {
    kind: kindOf(total, missingPeriods.length === 0),
    category,
    total,
    asShare: publishesShares(total),
    periods,
    missingPeriods: sortedPeriods(missingPeriods),
    notReportedPeriods,
    hiddenPeriods,
    perPeriod,
  };
}
