// @vitest-environment node
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/build/dataPackage/csvText';
import { checkDescriptor } from '../../src/build/dataPackage/descriptorRules';
import { buildApiFiles } from '../../src/api/publish';
import { loadPublishedPackage } from '../../src/build/dataPackage/loadPackage';
import { readPackage } from '../../src/build/dataPackage/readPackage';
import { SAMPLE_TEST_KEY, signerFromSetting } from '../../src/build/signing';
import profile from '../support/dataPackageV2.schema.json';

const root = fileURLToPath(new URL('../..', import.meta.url));
const apiDir = path.join(root, 'dist/api/v1');

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[] };
}
interface Descriptor {
  resources: { name: string; path: string; type?: string; bytes: number; hash: string; schema?: { fields: Field[] } }[];
}

const cellFits: Record<string, (cell: string) => boolean> = {
  string: () => true,
  integer: (cell) => /^-?\d+$/.test(cell),
  number: (cell) => /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell),
  date: (cell) => /^\d{4}-\d{2}-\d{2}$/.test(cell),
};

async function published(): Promise<{ descriptor: Descriptor; text: string }> {
  expect(existsSync(apiDir), 'dist/ is missing: run `npm run build` before the unit tests').toBe(true);
  const text = await readFile(path.join(apiDir, 'datapackage.json'), 'utf8');
  return { descriptor: JSON.parse(text) as Descriptor, text };
}

function standardValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  ajv.addFormat('uri', /^https?:\/\/\S+$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/);
  return ajv.compile(profile);
}

describe('the published datapackage.json', () => {
  it('meets the Data Package v2 standard', async () => {
    const { descriptor } = await published();
    const validate = standardValidator();
    expect(validate(descriptor), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(checkDescriptor(descriptor, () => undefined).problems).toEqual([]);
    expect(descriptor).toMatchObject({
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
      name: 'example-platform-us-user-data',
      version: '2026.2',
      licenses: [{ name: 'CC-BY-4.0' }],
    });
  });

  it('is checked by rules that refuse what the standard forbids', async () => {
    const { descriptor } = await published();
    const validate = standardValidator();
    const [first, ...rest] = descriptor.resources;
    const broken: unknown[] = [
      { ...descriptor, resources: [] },
      { ...descriptor, resources: [{ ...first, name: undefined }, ...rest] },
      { ...descriptor, resources: [{ ...first, path: '../meta.json' }, ...rest] },
      { ...descriptor, resources: [{ ...first, path: 'meta.json', data: [] }, ...rest] },
      { ...descriptor, resources: [...rest.map((resource) => ({ ...resource, schema: undefined }))] },
      { ...descriptor, licenses: [{ title: 'no name, no path' }] },
      { ...descriptor, name: 'Not A Name' },
    ];
    for (const candidate of broken) expect(validate(candidate), JSON.stringify(candidate).slice(0, 120)).toBe(false);
  });

  it('describes each CSV file as it is: its columns, their types, required and allowed values, its size and digest', async () => {
    const { descriptor } = await published();
    const tables = descriptor.resources.filter((resource) => resource.type === 'table');
    expect(tables.map((table) => table.path).sort()).toEqual(
      (await readdir(apiDir)).filter((file) => file.endsWith('.csv')).sort(),
    );
    for (const resource of descriptor.resources) {
      const bytes = await readFile(path.join(apiDir, resource.path));
      expect(bytes.byteLength, resource.path).toBe(resource.bytes);
      const { createHash } = await import('node:crypto');
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, resource.path).toBe(resource.hash);
      if (resource.type !== 'table') continue;
      const { table, issues } = parseCsvText(bytes.toString('utf8'));
      expect(issues, resource.path).toEqual([]);
      const fields = resource.schema!.fields;
      expect(table!.header, resource.path).toEqual(fields.map((field) => field.name));
      for (const record of table!.records) {
        for (const field of fields) {
          const cell = record.cells[field.name]!;
          const where = `${resource.path}:${record.line} ${field.name}`;
          if (cell === '') {
            expect(field.constraints?.required ?? false, where).toBe(false);
            continue;
          }
          expect(cellFits[field.type]!(cell), `${where} “${cell}” is not a ${field.type}`).toBe(true);
          if (field.constraints?.enum) expect(field.constraints.enum, where).toContain(cell);
        }
      }
    }
  });

  it('rebuilds the same files, every version and signature included, when dist/api/v1 is used as a package (the round trip)', async () => {
    const signer = signerFromSetting(SAMPLE_TEST_KEY, root);
    const { contents } = await loadPublishedPackage(apiDir, { signer });
    const rebuilt = new Map([
      ...Object.entries(contents.files!.text).map(([file, text]) => [file, Buffer.from(text)] as const),
      ...Object.entries(contents.files!.binary).map(([file, base64]) => [file, Buffer.from(base64, 'base64')] as const),
    ]);
    for (const [file, bytes] of rebuilt) {
      expect(bytes.equals(await readFile(path.join(apiDir, file))), file).toBe(true);
    }
    const published = (await readdir(apiDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(apiDir, path.join(entry.parentPath, entry.name)));
    expect([...rebuilt.keys()].sort()).toEqual(published.sort());
  });
});

describe('the round trip of a package through CSV', () => {
  it('gives the same files from the sample (JSON) and from its published CSV form', async () => {
    const sample = await readPackage(path.join(root, 'mocks/sample'));
    const first = await buildApiFiles(sample.contents!.dataset, sample.contents!.info, sample.contents!.translations);
    const dir = await mkdtemp(path.join(tmpdir(), 'drd-round-trip-'));
    try {
      for (const [file, text] of first) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), text);
      }
      const again = await readPackage(dir);
      expect(again.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      const second = await buildApiFiles(again.contents!.dataset, again.contents!.info, again.contents!.translations);
      expect(Object.fromEntries(second)).toEqual(Object.fromEntries(first));
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
