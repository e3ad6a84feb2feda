import type { ResourceKey } from '../../../api/resources';
import type { Finding, Rule } from './finding';

/** No date lies after lastUpdated: nothing can have been reviewed, published or reported later. */
export const noDateAfterUpdate: Rule = (data) => {
  const meta = data.meta;
  if (!meta) return [];
  const limit = meta.lastUpdated;
  const findings: Finding[] = [];
  const check = (resource: ResourceKey, date: string, index: number | undefined, path: (string | number)[]) => {
    if (date > limit) {
      findings.push({
        severity: 'error',
        rule: 'date-after-update',
        resource,
        ...(index === undefined ? {} : { index }),
        path,
        message: `${date} is after lastUpdated (${limit})`,
        hint: 'Either the date is wrong, or lastUpdated in meta.json needs to move forward.',
      });
    }
  };
  check('meta', meta.asOf, undefined, ['asOf']);
  meta.periods.forEach((period, index) => check('meta', period.end, undefined, ['periods', index, 'end']));
  data.accessControls?.forEach((control, index) =>
    check('accessControls', control.lastReviewed, index, ['lastReviewed']),
  );
  data.storageLocations?.forEach((location, index) => check('storageLocations', location.since, index, ['since']));
  data.changelog?.forEach((entry, index) => check('changelog', entry.date, index, ['date']));
  return findings;
};

/** meta.dataVersion is the newest entry of the changelog. */
export const dataVersionInChangelog: Rule = ({ meta, changelog }) => {
  if (!meta || !changelog) return [];
  if (changelog.length === 0) {
    return [
      {
        severity: 'error',
        rule: 'data-version-changelog',
        resource: 'changelog',
        message: 'the changelog is empty',
        hint: `Add an entry for data version ${meta.dataVersion} that says what it contains.`,
      },
    ];
  }
  const latest = changelog.reduce((newest, entry) => (entry.date > newest.date ? entry : newest), changelog[0]!);
  if (latest.dataVersion === meta.dataVersion) return [];
  return [
    {
      severity: 'error',
      rule: 'data-version-changelog',
      resource: 'meta',
      path: ['dataVersion'],
      message: `is ${meta.dataVersion}, but the latest changelog entry (${latest.date}) is ${latest.dataVersion}`,
      hint: 'Add a changelog entry for this version, or set dataVersion to the latest one.',
    },
  ];
};
