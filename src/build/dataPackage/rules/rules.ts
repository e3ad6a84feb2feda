import { countryCodes } from './countries';
import { dataVersionInChangelog, noDateAfterUpdate } from './dates';
import { auditBalance, disclosedWithinReceived, locationApprovalsWithinAudit } from './figures';
import type { ResourceKey } from '../../../api/resources';
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
  countryCodes,
];

/**
 * The resources a rule reads to judge a row, besides the row itself. Where one of them lost rows
 * to shape errors, the rule would report rows as wrong because of that loss: its findings wait.
 */
const reads: Record<string, ResourceKey[]> = {
  'period-declared': ['meta'],
  'primary-location': ['storageLocations'],
  'flow-endpoint': ['storageLocations'],
  'location-declared': ['storageLocations'],
  'category-declared': ['requestCategories'],
  'headline-category': ['requestCategories', 'accessRequests'],
  'headline-periods': ['accessRequests'],
  'location-approvals-within-audit': ['locationAccess', 'auditStatistics'],
  'date-after-update': ['meta'],
  'data-version-changelog': ['changelog', 'meta'],
};

/** The honesty findings, and how many were held back because a resource they read has rows with errors. */
export function checkHonesty(
  data: CheckedData,
  incomplete: ReadonlySet<ResourceKey>,
): { findings: Finding[]; held: number } {
  const all = honestyRules.flatMap((rule) => rule(data));
  const findings = all.filter((finding) => !(reads[finding.rule] ?? []).some((key) => incomplete.has(key)));
  return { findings, held: all.length - findings.length };
}
