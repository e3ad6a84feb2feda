import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locale';
import { namespaces, type Namespace } from '../../src/i18n/namespaces';

const modules = import.meta.glob<Record<string, Record<string, string>>>('../../src/i18n/messages/*/*.ts', {
  eager: true,
});

function messagesOf(locale: Locale, namespace: Namespace): Record<string, string> {
  const module = modules[`../../src/i18n/messages/${locale}/${namespace}.ts`];
  if (!module) throw new Error(`src/i18n/messages/${locale}/${namespace}.ts is missing`);
  return module[namespace]!;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
const PLURAL = /\.(zero|one|two|few|many|other)$/;

/**
 * Messages the same as the English on purpose, by language and key: names of standards and formats,
 * and words the languages share. Anything else left as the English is an omission.
 */
const sameOnPurpose = new Set([
  // In every language: names of standards, of an algorithm and of a format.
  '* framework.ISO27001',
  '* framework.SOC2',
  '* framework.NIST80053',
  '* data.col.digest',
  '* data.file.csv',
  // Words French shares with English.
  'fr changes.field.certifications',
  'fr location.certifications',
  'fr changes.field.description',
  'fr changes.field.mode',
  'fr changes.field.organisation.name',
  'fr data.signature',
  'fr embed.options',
]);

/** What is wrong with one namespace in one language: missing or extra keys, other placeholders, English left. */
function problemsOf(locale: Locale, namespace: Namespace): string[] {
  const source = messagesOf('en', namespace);
  const translated = messagesOf(locale, namespace);
  const problems: string[] = [];
  for (const key of Object.keys(source)) if (!(key in translated)) problems.push(`${key}: missing`);
  for (const [key, text] of Object.entries(translated)) {
    const form = PLURAL.exec(key)?.[1];
    // Plural forms English does not have (Arabic's zero, two, few, many) follow its "other".
    const sourceKey = form && !(key in source) ? key.replace(PLURAL, '.other') : key;
    const english = source[sourceKey];
    if (english === undefined) {
      problems.push(`${key}: not in English`);
      continue;
    }
    const expected = placeholders(english);
    const found = placeholders(text);
    // A form for zero, one or two may say the number in words instead of {count}.
    const fewerAllowed = form !== undefined && ['zero', 'one', 'two'].includes(form);
    const same = fewerAllowed ? found.every((name) => expected.includes(name)) : found.join() === expected.join();
    if (!same) problems.push(`${key}: placeholders {${found.join('}, {')}}, English has {${expected.join('}, {')}}`);
    const words = english.replace(/\{\w+\}/g, '');
    if (
      text === english &&
      /[A-Za-z]{3}/.test(words) &&
      !sameOnPurpose.has(`${locale} ${key}`) &&
      !sameOnPurpose.has(`* ${key}`)
    ) {
      problems.push(`${key}: still in English (“${text}”)`);
    }
  }
  return problems;
}

describe('every language has every message', () => {
  for (const locale of locales.filter((code) => code !== 'en')) {
    for (const namespace of namespaces) {
      it(`${locale}/${namespace}: the same keys and placeholders as English, nothing left in English`, () => {
        expect(problemsOf(locale, namespace)).toEqual([]);
      });
    }
  }
});
