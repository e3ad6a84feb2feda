import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { translationCoverage, translationMismatches } from '../../api/dataTranslations';
import type { Dataset } from '../../api/resources';
import { translationFile, type TranslationFile } from '../../api/schemas';
import { locales } from '../../i18n/locale';
import { jsonPointer, parseJsonText } from './jsonText';
import type { Problem } from './problems';
import { encodingProblem, syntaxProblem } from './readPackage';
import { readFileText } from './readFileText';
import { describeIssue } from './zodIssues';

export const TRANSLATIONS_FOLDER = 'translations';

/** The languages a package can translate its text into: the interface's, but the package's own (English). */
const translatableLanguages = locales.filter((locale) => locale !== 'en');

/**
 * Reads translations/<lang>.json: each file's shape, ids that the data does not have, and lists
 * translated with another number of items. A language the interface does not have is left out.
 */
export async function readTranslations(
  dir: string,
  dataset: Dataset,
  problems: Problem[],
): Promise<Record<string, TranslationFile>> {
  const names = await readdir(path.join(dir, TRANSLATIONS_FOLDER)).catch(() => [] as string[]);
  // Every language gets a file, empty where the package has none: a page in that language then
  // finds one (and the browser logs no missing file), and the manifest lists what each language has.
  const translations: Record<string, TranslationFile> = Object.fromEntries(
    translatableLanguages.map((language) => [language, {}]),
  );
  for (const name of names.sort()) {
    const file = `${TRANSLATIONS_FOLDER}/${name}`;
    const language = name.replace(/\.json$/, '');
    if (
      !name.endsWith('.json') ||
      !translatableLanguages.includes(language as (typeof translatableLanguages)[number])
    ) {
      problems.push({
        severity: 'warning',
        rule: 'translation-language',
        file,
        message: `is not a translation this site can show, so it is not published`,
        hint: `Translations are named after a language of the interface: ${translatableLanguages.map((code) => `${code}.json`).join(', ')}.`,
      });
      continue;
    }
    const read = await readFileText(path.join(dir, file));
    if (!read.ok) {
      if (read.reason === 'encoding') problems.push(encodingProblem(file, read.line));
      continue;
    }
    const parsed = parseJsonText(read.text.replace(/^\uFEFF/, ''));
    if (!parsed.ok) {
      problems.push(syntaxProblem(file, parsed));
      continue;
    }
    const checked = translationFile.safeParse(parsed.json.value, { reportInput: true });
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        problems.push({
          severity: 'error',
          rule: 'translation-shape',
          file,
          line: parsed.json.lineOf(issue.path as (string | number)[]),
          pointer: jsonPointer(issue.path),
          message:
            issue.code === 'unrecognized_keys'
              ? `has fields no translation has: ${issue.keys.join(', ')}`
              : describeIssue(issue).message,
          hint: 'docs/publishing.md, "Translations", lists what can be translated.',
        });
      }
      continue;
    }
    for (const mismatch of translationMismatches(dataset, checked.data)) {
      problems.push(
        mismatch.problem === 'unknownId'
          ? {
              severity: 'warning',
              rule: 'translation-unknown-id',
              file,
              line: parsed.json.lineOf([mismatch.section, mismatch.id]),
              pointer: jsonPointer([mismatch.section, mismatch.id]),
              message: `translates “${mismatch.id}”, which ${mismatch.section} does not have`,
              hint: 'An id changed or a row was removed: correct or remove its translation.',
            }
          : {
              severity: 'error',
              rule: 'translation-list-length',
              file,
              line: parsed.json.lineOf([mismatch.section, mismatch.id, mismatch.field!]),
              pointer: jsonPointer([mismatch.section, mismatch.id, mismatch.field!]),
              field: mismatch.field,
              message: `has another number of items than ${mismatch.section} gives ${mismatch.id}`,
              hint: 'Translate a list item by item, in the same order.',
            },
      );
    }
    translations[language] = checked.data;
  }
  return translations;
}

/** One line per language: how much of the package's text it translates. */
export function coverageReport(dataset: Dataset, translations: Record<string, TranslationFile>): string {
  const lines = translatableLanguages.map((language) => {
    const { translated, total } = translationCoverage(dataset, translations[language] ?? {});
    if (translated === 0) return `  ${language}: no translation; the package's own text is shown, marked as English.`;
    const percent = total === 0 ? 100 : Math.floor((translated / total) * 100);
    return `  ${language}: ${percent}% (${translated} of ${total} texts)${translated < total ? '; the rest shows in English, marked as such' : ''}.`;
  });
  return ['Translations of the data:', ...lines].join('\n');
}
