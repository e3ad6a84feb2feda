import { isTranslatable, isTranslated, translatableText } from '../../api/dataTranslations';
import type { Dataset } from '../../api/resources';
import type { DisclosureFigure } from '../../api/schemas';
import type { Change, ChangeValue } from '../../api/versionChanges';
import type { MessageKey } from '../../i18n/namespaces';
import type { Translator } from '../../i18n/translator';
import { formatCount } from '../../lib/formatCount';

type Formatters = Pick<Translator, 't' | 'formatNumber' | 'formatDate' | 'formatList' | 'countryName' | 'periodLabel'>;

/** Fields whose values are words of the contract, each with its own name in the reader's language. */
const vocabularyOf: Record<string, (value: string) => MessageKey> = {
  status: (value) => `status.${value}` as MessageKey,
  category: (value) => `category.${value}` as MessageKey,
  role: (value) => `role.${value}` as MessageKey,
  mode: (value) => `replication.${value}` as MessageKey,
  'sample.isSample': (value) => (value === 'true' ? 'changes.yes' : 'changes.no'),
};

/** A framework mapping as the access controls page names it: "ISO/IEC 27001 A.5.15". */
function frameworkMapping(item: string, { t }: Pick<Translator, 't'>): string {
  const [framework = '', ...reference] = item.split(' ');
  const key = `framework.${framework}` as MessageKey;
  const name = t(key);
  return name === key ? item : [name, ...reference].join(' ');
}

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
      if (field === 'countryCode') return i18n.countryName(value.text);
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
      return i18n.formatList(
        field === 'frameworks' ? value.items.map((item) => frameworkMapping(item, i18n)) : value.items,
      );
    case 'coordinates': {
      // Every digit the data gives: a place moved by less than a hundredth of a degree still reads as moved.
      const degrees = { maximumFractionDigits: 6 };
      return i18n.t('location.coordinates.value', {
        lat: i18n.formatNumber(value.lat, degrees),
        lon: i18n.formatNumber(value.lon, degrees),
      });
    }
  }
}

/**
 * Whether a value shows the data's own text (a title, a list of places) rather than words of the page.
 * Unless it is today's translation (shownValue), on a page in another language such a value is
 * marked as the package's language.
 */
export function showsDataText(value: ChangeValue, { resource, field }: Pick<Change, 'resource' | 'field'>): boolean {
  // A framework's name is the page's word for it, and its reference a code.
  if (value.type === 'list') return field !== 'frameworks';
  if (value.type !== 'text' || (resource === 'periods' && !field)) return false;
  return !(field && (field in vocabularyOf || field === 'countryCode'));
}

/** A part of an item's name: in the page's words (a period, a country), or the data's own untranslated text (a title). */
export interface LabelPart {
  text: string;
  fromData: boolean;
}

/** The two versions a comparison is between. */
export interface Datasets {
  older: Dataset;
  newer: Dataset;
}

/**
 * One side of a change as the page shows it: the version's own text, or today's translation of it
 * where the datasets carry one (see translateLikeToday), and whether it is that translation.
 */
export function shownValue(
  change: Change,
  side: 'before' | 'after',
  shown: Datasets,
): { value: ChangeValue; translated: boolean } {
  const value = change[side];
  const { resource, field } = change;
  if ((value.type !== 'text' && value.type !== 'list') || !field || !isTranslatable(resource)) {
    return { value, translated: false };
  }
  const dataset = side === 'before' ? shown.older : shown.newer;
  const row =
    resource === 'meta'
      ? dataset.meta
      : (dataset[resource] as { id?: string }[]).find((candidate) => candidate.id === change.itemParts.id);
  const text = row && isTranslated(row, field) ? translatableText(resource, row, field) : undefined;
  if (text === undefined) return { value, translated: false };
  return { value: Array.isArray(text) ? { type: 'list', items: text } : { type: 'text', text }, translated: true };
}

/** The separator between the parts of an item's name. */
export const LABEL_SEPARATOR = ' · ';

/**
 * The item a change is about, named as the pages name it: a control by its id and title, a row of
 * requests by its period, category and country, a place by its name. Each part says whether it is
 * the data's own untranslated text.
 */
export function itemLabelParts(change: Change, datasets: Datasets, i18n: Formatters): LabelPart[] {
  const parts = change.itemParts;
  const find = <T extends { id: string }>(pick: (dataset: Dataset) => T[], id: string | undefined) =>
    pick(datasets.newer).find((row) => row.id === id) ?? pick(datasets.older).find((row) => row.id === id);
  const words = (text: string): LabelPart => ({ text, fromData: false });
  const data = (text: string, row: object, field: string): LabelPart => ({
    text,
    fromData: !isTranslated(row, field),
  });
  const period = parts.period ? [words(i18n.periodLabel(parts.period))] : [];
  const category = (id: string | undefined) => {
    const row = find((dataset) => dataset.requestCategories, id);
    return row ? [data(row.label, row, 'label')] : id ? [words(id)] : [];
  };
  const place = (id: string | undefined) => {
    const row = find((dataset) => dataset.storageLocations, id);
    return row ? [data(row.name, row, 'name')] : id ? [words(id)] : [];
  };
  const orItem = (found: LabelPart[]) => (found.length ? found : [words(change.item)]);
  switch (change.resource) {
    case 'periods':
    case 'auditStatistics':
      return orItem(period);
    case 'accessControls': {
      const control = find((dataset) => dataset.accessControls, parts.id);
      return [control ? data(`${control.id} ${control.title}`, control, 'title') : words(change.item)];
    }
    case 'accessRequests':
      return [
        ...period,
        ...category(parts.category),
        ...(parts.country ? [words(i18n.countryName(parts.country))] : []),
      ];
    case 'locationAccess':
      return [...place(parts.location), ...period];
    case 'storageLocations':
      return orItem(place(parts.id));
    case 'requestCategories':
      return orItem(category(parts.id));
    default:
      return [words(change.item)];
  }
}

/** The item's name as one text. */
export function itemLabel(change: Change, datasets: Datasets, i18n: Formatters): string {
  return itemLabelParts(change, datasets, i18n)
    .map((part) => part.text)
    .join(LABEL_SEPARATOR);
}
