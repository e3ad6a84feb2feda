import type {
  AccessControl,
  AccessRequestCount,
  ControlStatus,
  Meta,
  RequestCategory,
  StorageLocation,
  StorageRole,
} from '../../api/schemas';
import type { Translator } from '../../i18n/translator';
import { headlineFinding } from '../../lib/headline';
import type { DataQuote } from '../../lib/dataText';
import { describeHeadline, headlineContext } from '../../lib/headlineWords';

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
  /** The data's text that the label and text quote, to mark where it shows untranslated. */
  quotes?: DataQuote[];
}

/** The headline category's disclosures, as the one finding the whole site states. */
export function describeHeadlineFigure(
  rows: AccessRequestCount[],
  meta: Meta,
  categories: RequestCategory[],
  i18n: Parameters<typeof describeHeadline>[2],
): KeyFigure {
  const finding = headlineFinding(
    rows,
    meta.headlineCategory,
    meta.periods.map((period) => period.id),
  );
  const context = headlineContext(meta, categories, i18n.locale);
  const { label, value, text } = describeHeadline(finding, context, i18n);
  return { label, value, text, quotes: context.quotes };
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
