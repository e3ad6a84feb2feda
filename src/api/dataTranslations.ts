import type { Dataset, ResourceData } from './resources';
import type { TranslationFile } from './schemas';

type Text = string | string[];

interface Field<Row> {
  /** The field's name in translations/<lang>.json. */
  name: string;
  get: (row: Row) => Text;
  set: (row: Row, value: Text) => Row;
}

interface Translatable<Row> {
  /** The resource's section in translations/<lang>.json. */
  section: keyof TranslationFile;
  /** What identifies a row there: its id, or for the changelog its data version. */
  idOf: (row: Row) => string;
  fields: Field<Row>[];
}

const text = <Row>(name: string, key: keyof Row): Field<Row> => ({
  name,
  get: (row) => row[key] as Text,
  set: (row, value) => ({ ...row, [key]: value }),
});

type Location = ResourceData<'storageLocations'>[number];
const encryption = (part: keyof Location['encryption']): Field<Location> => ({
  name: `encryption.${part}`,
  get: (row) => row.encryption[part],
  set: (row, value) => ({ ...row, encryption: { ...row.encryption, [part]: value } }),
});

/** The resources whose text a package may translate, and which of their fields. */
export const translatable = {
  meta: {
    section: 'meta',
    idOf: () => '',
    fields: [
      text('scope', 'scope'),
      {
        name: 'disclaimer',
        get: (row) => row.sample.disclaimer,
        set: (row, value) => ({ ...row, sample: { ...row.sample, disclaimer: value as string } }),
      },
    ],
  } satisfies Translatable<ResourceData<'meta'>>,
  requestCategories: {
    section: 'request-categories',
    idOf: (row) => row.id,
    fields: [text('label', 'label'), text('description', 'description')],
  } satisfies Translatable<ResourceData<'requestCategories'>[number]>,
  accessControls: {
    section: 'access-controls',
    idOf: (row) => row.id,
    fields: [text('title', 'title'), text('description', 'description')],
  } satisfies Translatable<ResourceData<'accessControls'>[number]>,
  storageLocations: {
    section: 'storage-locations',
    idOf: (row) => row.id,
    fields: [
      text('name', 'name'),
      text('provider', 'provider'),
      text('dataCategories', 'dataCategories'),
      encryption('atRest'),
      encryption('inTransit'),
      encryption('keyManagement'),
    ],
  } satisfies Translatable<Location>,
  replicationFlows: {
    section: 'replication-flows',
    idOf: (row) => row.id,
    fields: [
      text('description', 'description'),
      text('encryptionInTransit', 'encryptionInTransit'),
      text('dataCategories', 'dataCategories'),
    ],
  } satisfies Translatable<ResourceData<'replicationFlows'>[number]>,
  changelog: {
    section: 'changelog',
    idOf: (row) => row.dataVersion,
    fields: [text('changes', 'changes')],
  } satisfies Translatable<ResourceData<'changelog'>[number]>,
};

export type TranslatableKey = keyof typeof translatable;
export const translatableKeys = Object.keys(translatable) as TranslatableKey[];

export function isTranslatable(key: string): key is TranslatableKey {
  return key in translatable;
}

/** The translation of one row, as the file gives it: field name → text. */
function entryOf(file: TranslationFile, key: TranslatableKey, id: string): Record<string, Text> | undefined {
  const section = file[translatable[key].section] as Record<string, Record<string, Text>> | undefined;
  if (!section) return undefined;
  return key === 'meta' ? (section as unknown as Record<string, Text>) : section[id];
}

/** A translation fits where it is a text for a text, or a list of as many items for a list. */
function fits(original: Text, translation: Text | undefined): translation is Text {
  if (translation === undefined || translation.length === 0) return false;
  return Array.isArray(original)
    ? Array.isArray(translation) && translation.length === original.length
    : typeof translation === 'string';
}

// Rows this module made, with the fields that now hold a translation. Held weakly: rows come and go with the data.
const translatedFields = new WeakMap<object, Set<string>>();

/** Whether a row's field shows a translation; if not, it is in the package's own language. */
export function isTranslated(row: object, field: string): boolean {
  return translatedFields.get(row)?.has(field) ?? false;
}

function translateRow<Row extends object>(spec: Translatable<Row>, row: Row, entry: Record<string, Text> | undefined) {
  if (!entry) return row;
  let result = row;
  const done = new Set<string>();
  for (const field of spec.fields) {
    const translation = entry[field.name];
    if (!fits(field.get(row), translation)) continue;
    result = field.set(result, translation);
    done.add(field.name);
  }
  if (done.size > 0) translatedFields.set(result, done);
  return result;
}

/** A resource with the text a translation file gives laid over it; every other field as it was. */
export function translateResource<K extends TranslatableKey>(
  key: K,
  data: ResourceData<K>,
  file: TranslationFile | null | undefined,
): ResourceData<K> {
  if (!file) return data;
  const spec = translatable[key] as unknown as Translatable<object>;
  if (key === 'meta') return translateRow(spec, data as object, entryOf(file, key, '')) as ResourceData<K>;
  return (data as object[]).map((row) =>
    translateRow(spec, row, entryOf(file, key, spec.idOf(row))),
  ) as ResourceData<K>;
}

/**
 * One resource's part of a translation file (null where there is no file): what a page that reads
 * only that resource needs, so that a prerendered page carries its own part and not the whole file.
 */
export function translationPart(file: TranslationFile | null, key: TranslatableKey): TranslationFile | null {
  if (!file) return null;
  const { section } = translatable[key];
  return file[section] === undefined ? {} : { [section]: file[section] };
}

/** Every translatable resource of a dataset with the file's text laid over it. */
export function translateDataset(dataset: Dataset, file: TranslationFile | null | undefined): Dataset {
  if (!file) return dataset;
  const translated = { ...dataset };
  for (const key of translatableKeys) Object.assign(translated, { [key]: translateResource(key, dataset[key], file) });
  return translated;
}

/** How much of a dataset's text a file translates: fields with a translation that fits, of all text fields. */
export function translationCoverage(dataset: Dataset, file: TranslationFile): { translated: number; total: number } {
  let translated = 0;
  let total = 0;
  for (const key of translatableKeys) {
    const spec = translatable[key] as unknown as Translatable<object>;
    const rows = key === 'meta' ? [dataset.meta] : (dataset[key] as object[]);
    for (const row of rows) {
      const entry = entryOf(file, key, spec.idOf(row));
      for (const field of spec.fields) {
        const original = field.get(row);
        if (original.length === 0) continue;
        total += 1;
        if (fits(original, entry?.[field.name])) translated += 1;
      }
    }
  }
  return { translated, total };
}

/** Something a file translates that the dataset does not have: an id, or a list of another length. */
export interface TranslationMismatch {
  section: string;
  id: string;
  field?: string;
  problem: 'unknownId' | 'listLength';
}

/** What a file translates that the dataset does not have. */
export function translationMismatches(dataset: Dataset, file: TranslationFile): TranslationMismatch[] {
  const found: TranslationMismatch[] = [];
  for (const key of translatableKeys.filter((candidate) => candidate !== 'meta')) {
    const spec = translatable[key] as unknown as Translatable<object>;
    const section = file[spec.section] as Record<string, Record<string, Text>> | undefined;
    const rows = new Map((dataset[key] as object[]).map((row) => [spec.idOf(row), row]));
    for (const [id, entry] of Object.entries(section ?? {})) {
      const row = rows.get(id);
      if (!row) {
        found.push({ section: spec.section, id, problem: 'unknownId' });
        continue;
      }
      for (const field of spec.fields) {
        const original = field.get(row);
        const translation = entry[field.name];
        if (Array.isArray(original) && Array.isArray(translation) && translation.length !== original.length) {
          found.push({ section: spec.section, id, field: field.name, problem: 'listLength' });
        }
      }
    }
  }
  return found;
}

const sameText = (a: Text, b: Text) => JSON.stringify(a) === JSON.stringify(b);

/**
 * An older version of the data with today's translation laid over the text it shares with today's
 * version: a field whose English is today's reads as today's translation; one that has changed since
 * keeps its own English, which no translation was written for.
 */
export function translateLikeToday(
  dataset: Dataset,
  today: Dataset,
  file: TranslationFile | null | undefined,
): Dataset {
  if (!file) return dataset;
  const fitting: Record<string, unknown> = {};
  for (const key of translatableKeys) {
    const spec = translatable[key] as unknown as Translatable<object>;
    const rowsOf = (data: Dataset) => (key === 'meta' ? [data.meta] : (data[key] as object[]));
    const todays = new Map(rowsOf(today).map((row) => [spec.idOf(row), row]));
    const kept: Record<string, Record<string, Text>> = {};
    for (const row of rowsOf(dataset)) {
      const id = spec.idOf(row);
      const entry = entryOf(file, key, id);
      const current = todays.get(id);
      if (!entry || !current) continue;
      const same = spec.fields.filter(
        (field) => entry[field.name] !== undefined && sameText(field.get(row), field.get(current)),
      );
      if (same.length) kept[id] = Object.fromEntries(same.map((field) => [field.name, entry[field.name]!]));
    }
    fitting[spec.section] = key === 'meta' ? kept[''] : kept;
  }
  return translateDataset(dataset, fitting as TranslationFile);
}

/** The text a row shows in a translatable field (translated or not), by the field's name in translation files. */
export function translatableText(key: TranslatableKey, row: object, field: string): Text | undefined {
  const spec = translatable[key] as unknown as Translatable<object>;
  return spec.fields.find((candidate) => candidate.name === field)?.get(row);
}
