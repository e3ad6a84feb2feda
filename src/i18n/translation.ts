type PluralStem<Key> = Key extends `${infer Stem}.other` ? Stem : never;

/** The plural forms some languages have beyond "one" and "other" (Arabic has all six; Intl.PluralRules). */
type ExtraPluralForms<Source> = `${PluralStem<keyof Source & string>}.${'zero' | 'two' | 'few' | 'many'}`;

/**
 * A namespace's messages in one language: every key of the English source, and the plural forms the
 * language needs beyond those English has.
 */
export type Translation<Source> = Record<keyof Source, string> & Partial<Record<ExtraPluralForms<Source>, string>>;
