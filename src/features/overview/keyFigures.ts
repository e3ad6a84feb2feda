import type {
  AccessControl,
  AccessRequestCount,
  ControlStatus,
  Meta,
  StorageLocation,
  StorageRole,
} from '../../api/schemas';
import type { Translator } from '../../i18n/translator';
import { isKnownZero, sumCounts, summarizeTotal, type CountTotal } from '../../lib/counts';
import { formatTotal } from '../../lib/formatCount';

export interface ChinaDisclosures {
  total: CountTotal;
  /** Reported periods that have at least one row for the Chinese government. */
  periodsWithData: number;
  firstPeriod?: string;
  lastPeriod?: string;
}

/** Disclosures to the Chinese government, over every reported period. */
export function chinaDisclosures(requests: AccessRequestCount[]): ChinaDisclosures {
  const rows = requests.filter((row) => row.requesterType === 'chineseGovernment');
  // Period ids (2025-H1) sort chronologically as text.
  const ordered = [...new Set(rows.map((row) => row.period))].sort();
  return {
    total: sumCounts(rows.map((row) => row.disclosed)),
    periodsWithData: ordered.length,
    firstPeriod: ordered[0],
    lastPeriod: ordered.at(-1),
  };
}

export function countByStatus(controls: AccessControl[]): Record<ControlStatus, number> & { total: number } {
  const counts = { implemented: 0, partial: 0, planned: 0, total: controls.length };
  for (const control of controls) counts[control.status] += 1;
  return counts;
}

function countByRole(locations: StorageLocation[]): Record<StorageRole, number> & { total: number } {
  const counts = { primary: 0, backup: 0, total: locations.length };
  for (const location of locations) counts[location.role] += 1;
  return counts;
}

/** A key figure as the Overview's cards and the stats widget both state it. */
export interface KeyFigure {
  label: string;
  value: string;
  text: string;
}

/** The figure and the sentence that state the Chinese government's disclosures. */
export function describeChinaDisclosures(
  china: ChinaDisclosures,
  scope: string,
  i18n: Pick<Translator, 't' | 'formatNumber' | 'periodLabel'>,
): KeyFigure {
  const { t, periodLabel } = i18n;
  const range = { scope, first: periodLabel(china.firstPeriod ?? ''), last: periodLabel(china.lastPeriod ?? '') };
  const text = isKnownZero(china.total)
    ? t('overview.chinaDisclosures.zero', { ...range, periods: china.periodsWithData })
    : china.total.notReportedParts > 0
      ? t('overview.chinaDisclosures.unknown')
      : t('overview.chinaDisclosures.some', range);
  return {
    label: t('overview.chinaDisclosures.label'),
    value: formatTotal(summarizeTotal(china.total), i18n),
    text,
  };
}

export function describeLocations(
  locations: StorageLocation[],
  i18n: Pick<Translator, 't' | 'formatNumber'>,
): KeyFigure {
  const roles = countByRole(locations);
  return {
    label: i18n.t('overview.locations.label'),
    value: i18n.formatNumber(roles.total),
    text: i18n.t('overview.locations.text', { primary: roles.primary, backup: roles.backup }),
  };
}

export function describeControls(controls: AccessControl[], i18n: Pick<Translator, 't'>): KeyFigure {
  const status = countByStatus(controls);
  return {
    label: i18n.t('overview.controls.label'),
    value: i18n.t('overview.controls.value', { implemented: status.implemented, total: status.total }),
    text: i18n.t('overview.controls.text', { partial: status.partial, planned: status.planned }),
  };
}

export function describeUpdated(meta: Meta, i18n: Pick<Translator, 't' | 'formatDate'>): KeyFigure {
  return {
    label: i18n.t('overview.updated.label'),
    value: i18n.formatDate(meta.lastUpdated),
    text: i18n.t('overview.updated.text', { asOf: i18n.formatDate(meta.asOf), version: meta.dataVersion }),
  };
}
