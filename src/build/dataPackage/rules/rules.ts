import { dataVersionInChangelog, noDateAfterUpdate } from './dates';
import { auditBalance, disclosedWithinReceived, locationApprovalsWithinAudit } from './figures';
import type { CheckedData, Finding, Rule } from './finding';
import { evidenceLinks } from './links';
import { declaredPeriods, periodsDeclared } from './periods';
import { references } from './references';
import { uniqueIds } from './uniqueness';

/** The promises the site makes, checked on the data before anything is published. */
export const honestyRules: Rule[] = [
  uniqueIds,
  declaredPeriods,
  periodsDeclared,
  references,
  disclosedWithinReceived,
  locationApprovalsWithinAudit,
  auditBalance,
  noDateAfterUpdate,
  dataVersionInChangelog,
  evidenceLinks,
];

export function checkHonesty(data: CheckedData): Finding[] {
  return honestyRules.flatMap((rule) => rule(data));
}
