// @vitest-environment node
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/build/dataPackage/problems';
import { readPackage } from '../../src/build/dataPackage/readPackage';

const root = fileURLToPath(new URL('../..', import.meta.url));
const badDir = path.join(root, 'tests/fixtures/bad-packages');
const minimalDir = path.join(root, 'tests/fixtures/packages/minimal');
const euQuarterlyDir = path.join(root, 'tests/fixtures/packages/eu-quarterly');

/** What a bad package's expected.json says the checker reports. */
interface Expected {
  rule: string;
  file: string;
  line: number | null;
  /** A distinctive part of the message. */
  message: string;
  /** Other rules the same mistake breaks too (a year among half-years overlaps them). */
  also?: string[];
}

const fixtures = readdirSync(badDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const expectedOf = (name: string): Expected =>
  JSON.parse(readFileSync(path.join(badDir, name, 'expected.json'), 'utf-8')) as Expected;

const matches = (expected: Expected) =>
  expect.objectContaining({
    severity: 'error',
    rule: expected.rule,
    file: expected.file,
    ...(expected.line === null ? {} : { line: expected.line }),
    message: expect.stringContaining(expected.message),
  });

const errorsOf = (problems: Problem[]) => problems.filter((problem) => problem.severity === 'error');

/** Runs the real command line, as a publisher does. */
function checkData(dir: string): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/build/cli/run.mjs', 'check-data', dir], { cwd: root });
    let stdout = '';
    child.stdout.setEncoding('utf-8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout }));
  });
}

describe('bad data packages', () => {
  it('are at least 25, each with an expected.json', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    for (const name of fixtures) expect(existsSync(path.join(badDir, name, 'expected.json')), name).toBe(true);
  });

  it.each(fixtures)('%s', async (name) => {
    const expected = expectedOf(name);
    const { contents, problems } = await readPackage(path.join(badDir, name));
    expect(contents).toBeUndefined();
    expect(problems).toContainEqual(matches(expected));
    // One mistake, reported once: no echoes from the rows it spoiled.
    const rules = [expected.rule, ...(expected.also ?? [])];
    expect(errorsOf(problems).filter((problem) => !rules.includes(problem.rule))).toEqual([]);
  });
});

describe('good data packages', () => {
  it('the minimal package has no problems at all', async () => {
    const { contents, problems } = await readPackage(minimalDir);
    expect(problems).toEqual([]);
    expect(contents).toBeDefined();
    // Read from JSON (meta, storage-locations, access-controls) and from CSV (the rest).
    const dataset = contents!.dataset;
    expect(dataset.meta.sample.isSample).toBe(true);
    expect(dataset.meta.periods.map((period) => period.id)).toEqual(['2025-H1', '2025-H2']);
    expect(dataset.storageLocations.map((location) => location.role)).toEqual(['primary', 'backup']);
    expect(dataset.accessControls).toHaveLength(3);
    expect(dataset.replicationFlows).toHaveLength(1);
    expect(dataset.auditStatistics).toHaveLength(2);
    expect(dataset.requestCategories).toHaveLength(3);
    expect(dataset.accessRequests).toHaveLength(8);
    expect(dataset.locationAccess).toHaveLength(4);
    expect(dataset.changelog.map((entry) => entry.dataVersion)).toEqual(['2026.1', '2025.2']);
  });

  it('the bundled sample has no errors', async () => {
    const { contents, problems } = await readPackage(path.join(root, 'mocks/sample'));
    expect(errorsOf(problems)).toEqual([]);
    expect(contents).toBeDefined();
  });

  it('the eu-quarterly package has no problems at all', async () => {
    const { contents, problems } = await readPackage(euQuarterlyDir);
    expect(problems).toEqual([]);
    expect(contents).toBeDefined();
  });
});

describe('a package that leaves a period out of its headline', () => {
  it('is published, with a warning that names the periods the headline cannot count', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'headline-periods-'));
    try {
      cpSync(minimalDir, dir, { recursive: true });
      const requests = path.join(dir, 'access-requests.csv');
      // The minimal package's headline category is usGovernment; 2025-H1 loses its rows of it.
      const rows = readFileSync(requests, 'utf-8').split('\n');
      writeFileSync(requests, rows.filter((row) => !row.startsWith('2025-H1,usGovernment,')).join('\n'));
      const { contents, problems } = await readPackage(dir);
      expect(contents).toBeDefined();
      expect(problems).toEqual([
        expect.objectContaining({
          severity: 'warning',
          rule: 'headline-periods',
          file: 'meta.json',
          message: 'no figure is reported for the headline category “usGovernment” in 2025-H1',
        }),
      ]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

// Each run starts Node and Vite's module runner: a few seconds, more on a busy machine.
describe.concurrent('check-data on the command line', { timeout: 30_000 }, () => {
  it.each(['descriptor-version-mismatch', 'suppressed-contradicted'])('fails on %s', async (name) => {
    const dir = path.join(badDir, name);
    const { status, stdout } = await checkData(dir);
    expect(status).not.toBe(0);
    expect(stdout).toContain(expectedOf(name).message);
    expect(stdout).toContain(`[${expectedOf(name).rule}]`);
  });

  it('passes the minimal package', async () => {
    const { status, stdout } = await checkData(minimalDir);
    expect(stdout).toContain('no problems found');
    expect(status).toBe(0);
  });
});
