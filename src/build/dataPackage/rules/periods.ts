import { parsePeriodId, periodDates, type PeriodGranularity } from '../../../api/periods';
import type { ResourceKey } from '../../../api/resources';
import type { Finding, Rule } from './finding';

const granularityName: Record<PeriodGranularity, string> = {
  year: 'a year',
  half: 'a half-year',
  quarter: 'a quarter',
};

/** Declared periods: their dates match their ids, they are all of one kind, and none overlaps another. */
export const declaredPeriods: Rule = ({ meta }) => {
  if (!meta) return [];
  const findings: Finding[] = [];
  const at = (index: number, field: string) => ['periods', index, field];
  const first = parsePeriodId(meta.periods[0]?.id ?? '');
  meta.periods.forEach((period, index) => {
    const expected = periodDates(period.id);
    const parts = parsePeriodId(period.id);
    if (!expected || !parts) return;
    if (first && parts.granularity !== first.granularity) {
      findings.push({
        severity: 'error',
        rule: 'period-granularity',
        resource: 'meta',
        path: at(index, 'id'),
        message: `${period.id} is ${granularityName[parts.granularity]}, but ${meta.periods[0]!.id} is ${granularityName[first.granularity]}`,
        hint: 'A package reports in one kind of period: years, half-years or quarters.',
      });
    }
    for (const field of ['start', 'end'] as const) {
      if (period[field] !== expected[field]) {
        findings.push({
          severity: 'error',
          rule: 'period-dates',
          resource: 'meta',
          path: at(index, field),
          message: `is ${period[field]}, but ${period.id} ${field === 'start' ? 'starts' : 'ends'} on ${expected[field]}`,
          hint: `${period.id} covers ${expected.start} to ${expected.end}.`,
        });
      }
    }
  });
  const ordered = meta.periods
    .map((period, index) => ({ period, index }))
    .sort((a, b) => a.period.start.localeCompare(b.period.start));
  // Each period is compared with the one that, of all that start before it, ends last.
  let latest = ordered[0]?.period;
  for (const { period, index } of ordered.slice(1)) {
    if (latest && period.id !== latest.id && period.start <= latest.end) {
      findings.push({
        severity: 'error',
        rule: 'period-overlap',
        resource: 'meta',
        path: at(index, 'start'),
        message: `${period.id} starts on ${period.start}, before ${latest.id} ends on ${latest.end}`,
        hint: 'Reporting periods do not overlap: each figure belongs to one period.',
      });
    }
    if (!latest || period.end > latest.end) latest = period;
  }
  return findings;
};

/** Every period a figure is reported for is declared in meta.json. */
export const periodsDeclared: Rule = (data) => {
  if (!data.meta) return [];
  const declared = new Set(data.meta.periods.map((period) => period.id));
  const list = data.meta.periods.map((period) => period.id).join(', ');
  const check = (resource: ResourceKey, rows: readonly { period: string }[] | undefined): Finding[] =>
    (rows ?? []).flatMap((row, index) =>
      declared.has(row.period)
        ? []
        : [
            {
              severity: 'error' as const,
              rule: 'period-declared',
              resource,
              index,
              path: ['period'],
              message: `${row.period} is not one of the periods declared in meta.json (${list})`,
              hint: 'Add the period to "periods" in meta.json, with its start and end, or correct the id.',
            },
          ],
    );
  return [
    ...check('accessRequests', data.accessRequests),
    ...check('auditStatistics', data.auditStatistics),
    ...check('locationAccess', data.locationAccess),
  ];
};
