import type { Dataset } from '../../api/resources';
import type { DisclosureFigure } from '../../api/schemas';
import type { Change, ChangeValue } from '../../api/versionChanges';
import type { MessageKey } from '../../i18n/namespaces';
import type { Translator } from '../../i18n/translator';
import { formatCount } from '../../lib/formatCount';

type Formatters = Pick<Translator, 't' | 'formatNumber' | 'formatDate' | 'countryName' | 'periodLabel'>;

/** Fields whose values are words of the contract, each with its own name in the reader's language. */
const vocabularyOf: Record<string, (value: string) => MessageKey> = {
  status: (value) => `status.${value}` as MessageKey,
  category: (value) => `category.${value}` as MessageKey,
  role: (value) => `role.${value}` as MessageKey,
  mode: (value) => `replication.${value}` as MessageKey,
};

/** What a changed field is, in the reader's words: "Status", "Findings: High, open". */
export function fieldLabel(field: string, { t }: Pick<Translator, 't'>): string {
  const finding = /^findings\.(\w+)\.(open|closed)$/.exec(field);
  if (finding) {
    return t('changes.field.findings', {
      severity: t(`severity.${finding[1]}` as MessageKey),
      state: t(`changes.field.findings.${finding[2]}` as MessageKey),
    });
  }
  const key = `changes.field.${field}` as MessageKey;
  const label = t(key);
  // A field this version of the page has no name for is shown as the contract names it.
  return label === key ? field : label;
}

function formatFigure(figure: DisclosureFigure, i18n: Formatters): string {
  const percent = { style: 'percent', maximumFractionDigits: 1 } as const;
  switch (figure.kind) {
    case 'share':
      return i18n.t('changes.share', { percent: i18n.formatNumber(figure.percent / 100, percent) });
    case 'shareBand':
      return i18n.t('changes.share', {
        percent: `${i18n.formatNumber(figure.minPercent / 100, percent)}–${i18n.formatNumber(figure.maxPercent / 100, percent)}`,
      });
    default:
      return formatCount(figure, i18n);
  }
}

/** One side of a change as the reader reads it; null where the item or field is not in that version. */
export function formatChangeValue(
  value: ChangeValue,
  { resource, field }: Pick<Change, 'resource' | 'field'>,
  i18n: Formatters,
): string | null {
  switch (value.type) {
    case 'absent':
      return null;
    case 'text': {
      if (resource === 'periods' && !field) return i18n.periodLabel(value.text);
      const vocabulary = field ? vocabularyOf[field] : undefined;
      if (!vocabulary) return value.text;
      const key = vocabulary(value.text);
      const word = i18n.t(key);
      return word === key ? value.text : word;
    }
    case 'date':
      return i18n.formatDate(value.date, 'medium');
    case 'number':
      return i18n.formatNumber(value.value);
    case 'figure':
      return formatFigure(value.figure, i18n);
    case 'list':
      return value.items.join(', ');
  }
}

/**
 * Whether a value shows the data's own text as the package wrote it (a title, a list of places),
 * rather than words of the page. Released versions carry no translation of their text, so on a
 * page in another language such a value is marked as the package's language.
 */
export function showsDataText(value: ChangeValue, { resource, field }: Pick<Change, 'resource' | 'field'>): boolean {
  if (value.type === 'list') return true;
  if (value.type !== 'text' || (resource === 'periods' && !field)) return false;
  return !(field && field in vocabularyOf);
}

/** Resources whose items are named by the data's own text (a title, a place's name), not the page's words. */
const namedByDataText = new Set<Change['resource']>(['accessControls', 'storageLocations', 'requestCategories']);

/** Whether itemLabel names the item with the data's own text alone. */
export function itemNamedByDataText(change: Pick<Change, 'resource'>): boolean {
  return namedByDataText.has(change.resource);
}

/**
 * The item a change is about, named as the pages name it: a control by its id and title, a row of
 * requests by its period, category and country, a place by its name.
 */
export function itemLabel(change: Change, datasets: { older: Dataset; newer: Dataset }, i18n: Formatters): string {
  const parts = change.itemParts;
  const find = <T extends { id: string }>(pick: (dataset: Dataset) => T[], id: string | undefined) =>
    pick(datasets.newer).find((row) => row.id === id) ?? pick(datasets.older).find((row) => row.id === id);
  const categoryLabel = (id: string | undefined) => find((dataset) => dataset.requestCategories, id)?.label ?? id ?? '';
  switch (change.resource) {
    case 'periods':
      return parts.period ? i18n.periodLabel(parts.period) : change.item;
    case 'accessControls': {
      const control = find((dataset) => dataset.accessControls, parts.id);
      return control ? `${control.id} ${control.title}` : change.item;
    }
    case 'accessRequests':
      return [
        parts.period ? i18n.periodLabel(parts.period) : '',
        categoryLabel(parts.category),
        parts.country ? i18n.countryName(parts.country) : '',
      ]
        .filter(Boolean)
        .join(' · ');
    case 'auditStatistics':
      return parts.period ? i18n.periodLabel(parts.period) : change.item;
    case 'locationAccess': {
      const place = find((dataset) => dataset.storageLocations, parts.location);
      return [place?.name ?? parts.location, parts.period ? i18n.periodLabel(parts.period) : '']
        .filter(Boolean)
        .join(' · ');
    }
    case 'storageLocations':
      return find((dataset) => dataset.storageLocations, parts.id)?.name ?? change.item;
    case 'requestCategories':
      return categoryLabel(parts.id);
    default:
      return change.item;
  }
}
