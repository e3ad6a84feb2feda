// @vitest-environment node
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  isTranslated,
  translateDataset,
  translateLikeToday,
  translateResource,
  translationCoverage,
  translationPart,
} from '../../src/api/dataTranslations';
import type { TranslationFile } from '../../src/api/schemas';
import { readPackage } from '../../src/build/dataPackage/readPackage';
import { coverageReport } from '../../src/build/dataPackage/readTranslations';
import { sampleDataset } from '../support/sample';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the data’s text in another language', () => {
  const file: TranslationFile = {
    meta: { scope: 'données des utilisateurs américains' },
    'access-controls': { 'AC-01': { title: 'Comptes nominatifs' } },
    'storage-locations': { 'us-virginia': { dataCategories: ['seulement un'] } },
  };

  it('lays today’s translation over an older version only where its text is today’s', () => {
    const older = {
      ...sampleDataset,
      meta: { ...sampleDataset.meta, scope: 'US user records' },
      accessControls: sampleDataset.accessControls.map((control) =>
        control.id === 'AC-01' ? { ...control, description: 'An older description.' } : control,
      ),
    };
    const withDescription: TranslationFile = {
      ...file,
      'access-controls': { 'AC-01': { title: 'Comptes nominatifs', description: 'Une description.' } },
    };
    const shown = translateLikeToday(older, sampleDataset, withDescription);
    const control = shown.accessControls.find((item) => item.id === 'AC-01')!;
    // The title has not changed since: today's translation is a translation of it.
    expect(control.title).toBe('Comptes nominatifs');
    expect(isTranslated(control, 'title')).toBe(true);
    // The description and the scope have: no translation was written for their older text.
    expect(control.description).toBe('An older description.');
    expect(isTranslated(control, 'description')).toBe(false);
    expect(shown.meta.scope).toBe('US user records');
    expect(isTranslated(shown.meta, 'scope')).toBe(false);
    expect(translateLikeToday(older, sampleDataset, null)).toBe(older);
  });

  it('lays each translated field over the data and remembers which fields it translated', () => {
    const controls = translateResource('accessControls', sampleDataset.accessControls, file);
    const first = controls.find((control) => control.id === 'AC-01')!;
    expect(first.title).toBe('Comptes nominatifs');
    expect(isTranslated(first, 'title')).toBe(true);
    // Left out: the package's own text, not marked as translated.
    expect(first.description).toBe(sampleDataset.accessControls.find((control) => control.id === 'AC-01')!.description);
    expect(isTranslated(first, 'description')).toBe(false);
    expect(first.status).toBe('implemented');
  });

  it('ignores a list translated with another number of items, and changes nothing without a file', () => {
    const locations = translateResource('storageLocations', sampleDataset.storageLocations, file);
    expect(locations[0]!.dataCategories).toEqual(sampleDataset.storageLocations[0]!.dataCategories);
    expect(translateResource('accessControls', sampleDataset.accessControls, null)).toBe(sampleDataset.accessControls);
  });

  it('translates meta and counts what a file covers', () => {
    expect(translateDataset(sampleDataset, file).meta.scope).toBe('données des utilisateurs américains');
    const { translated, total } = translationCoverage(sampleDataset, file);
    expect(translated).toBe(2);
    expect(total).toBeGreaterThan(50);
  });

  it('reads the sample’s translations: French and Spanish whole, Chinese and Arabic in part', async () => {
    const { contents, problems } = await readPackage(path.join(root, 'mocks/sample'));
    expect(problems).toEqual([]);
    expect(Object.keys(contents!.translations!).sort()).toEqual(['ar', 'es', 'fr', 'zh-Hans']);
    const report = coverageReport(contents!.dataset, contents!.translations!);
    expect(report).toMatch(/fr: 100% \(\d+ of \d+ texts\)\./);
    expect(report).toMatch(/es: 100% /);
    expect(report).toMatch(/zh-Hans: \d+% .*the rest shows in English/);
  });

  /** The problems check-data finds in a copy of the sample with these files written into it. */
  async function problemsWith(files: Record<string, string>) {
    const dir = await mkdtemp(path.join(tmpdir(), 'drd-translations-'));
    try {
      await cp(path.join(root, 'mocks/sample'), dir, { recursive: true });
      for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
      return (await readPackage(dir)).problems;
    } finally {
      await rm(dir, { recursive: true });
    }
  }

  it('reports a translation of an unknown field, with its line, and a stray file', async () => {
    const problems = await problemsWith({
      'translations/fr.json': JSON.stringify(
        {
          'access-controls': { 'AC-99': { title: 'Inconnu' }, 'AC-01': { titre: 'Faute de frappe' } },
          'storage-locations': { 'us-virginia': { dataCategories: ['un'] } },
        },
        null,
        2,
      ),
      'translations/de.json': '{}',
    });
    const rules = problems.map((problem) => `${problem.rule} ${problem.file}`);
    expect(rules).toEqual(
      expect.arrayContaining(['translation-language translations/de.json', 'translation-shape translations/fr.json']),
    );
    const shape = problems.find((problem) => problem.rule === 'translation-shape')!;
    expect(shape.message).toContain('titre');
    expect(shape.line).toBe(6);
  });

  it('flags ids the data does not have, and lists of another length', async () => {
    const problems = await problemsWith({
      'translations/es.json': JSON.stringify(
        {
          'access-controls': { 'AC-99': { title: 'Desconocido' } },
          'storage-locations': { 'us-virginia': { dataCategories: ['uno'] } },
        },
        null,
        2,
      ),
    });
    const unknown = problems.find((problem) => problem.rule === 'translation-unknown-id')!;
    expect(unknown).toMatchObject({ severity: 'warning', file: 'translations/es.json', line: 3 });
    expect(unknown.message).toContain('AC-99');
    expect(problems.find((problem) => problem.rule === 'translation-list-length')).toMatchObject({
      severity: 'error',
      field: 'dataCategories',
    });
  });
});

describe('a resource’s part of a translation file', () => {
  const file: TranslationFile = {
    meta: { scope: 'données des utilisateurs américains' },
    'request-categories': { chineseGovernment: { label: 'Gouvernement chinois' } },
  };

  it('holds that resource’s section alone, and translates the resource as the whole file does', () => {
    const part = translationPart(file, 'requestCategories');
    expect(part).toEqual({ 'request-categories': file['request-categories'] });
    expect(translateResource('requestCategories', sampleDataset.requestCategories, part)).toEqual(
      translateResource('requestCategories', sampleDataset.requestCategories, file),
    );
  });

  it('is empty where the file does not translate the resource, and null where there is no file', () => {
    expect(translationPart(file, 'accessControls')).toEqual({});
    expect(translationPart(null, 'meta')).toBeNull();
  });
});
