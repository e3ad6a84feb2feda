// @vitest-environment node
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { releaseData } from '../../src/build/cli/releaseData';
import { loadPublishedPackage, PackageCheckFailed } from '../../src/build/dataPackage/loadPackage';
import type { Problem } from '../../src/build/dataPackage/problems';
import { readPackage } from '../../src/build/dataPackage/readPackage';
import { readReleases } from '../../src/build/dataPackage/readReleases';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sampleDir = path.join(root, 'mocks/sample');
const RECORDED_2025_3 = 'fc6ae3b387d69994019e5a1eac6a5ca96d7c0bb88716db2a2a96f5ad2136cf5c';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'drd-releases-'));
  await cp(sampleDir, dir, { recursive: true });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = (name: string) => path.join(dir, name);
const readJson = async (name: string): Promise<unknown> => JSON.parse(await readFile(file(name), 'utf8'));
const writeJson = (name: string, value: unknown) => writeFile(file(name), `${JSON.stringify(value, null, 2)}\n`);

/** The package's own data, checked (it must have no error), and every release read beside it. */
async function releasesOf(packageDir = dir) {
  const { contents, problems } = await readPackage(packageDir);
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return readReleases(packageDir, contents!);
}

const errorsOf = (problems: Problem[]) => problems.filter((problem) => problem.severity === 'error');

interface RecordedEntry {
  dataVersion: string;
  released: string;
  manifestSha256: string;
}
const recorded = async () => ((await readJson('versions.json')) as { versions: RecordedEntry[] }).versions;

describe('the releases of the bundled sample', () => {
  it('are its own data (not recorded) and the recorded 2025.3 and 2025.1, newest first, with no problem', async () => {
    const { releases, problems } = await releasesOf();
    expect(problems).toEqual([]);
    expect(releases.map(({ dataVersion, recorded }) => ({ dataVersion, recorded }))).toEqual([
      { dataVersion: '2026.2', recorded: false },
      { dataVersion: '2025.3', recorded: true },
      { dataVersion: '2025.1', recorded: true },
    ]);
    const recordedRelease = releases[2]!;
    expect(recordedRelease.manifestSha256).toBe(
      (await recorded()).find((v) => v.dataVersion === '2025.1')!.manifestSha256,
    );
    // A recorded release publishes its files byte for byte as recorded.
    expect(recordedRelease.files.get('access-controls.json')).toBe(
      await readFile(file('versions/2025.1/access-controls.json'), 'utf8'),
    );
  });
});

describe('a recorded release that changed', () => {
  it('fails the build, naming the file that differs by a single byte', async () => {
    const changed = 'versions/2025.1/access-controls.json';
    const bytes = await readFile(file(changed));
    bytes[100] = bytes[100]! ^ 0x01;
    await writeFile(file(changed), bytes);

    const { problems } = await releasesOf();
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: 'error', rule: 'release-changed', file: changed }),
    );

    const failure = await loadPublishedPackage(dir, { signer: null }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PackageCheckFailed);
    expect((failure as PackageCheckFailed).report).toContain(changed);
    expect((failure as PackageCheckFailed).report).toContain('[release-changed]');
  });

  it('is caught by the recorded digest of its manifest.json, even if only reformatted', async () => {
    const manifest = 'versions/2025.3/manifest.json';
    await writeFile(file(manifest), JSON.stringify(await readJson(manifest)));

    const { releases, problems } = await releasesOf();
    expect(errorsOf(problems)).toEqual([
      expect.objectContaining({
        rule: 'release-changed',
        file: manifest,
        message: expect.stringContaining(RECORDED_2025_3),
      }),
    ]);
    expect(releases.map((release) => release.dataVersion)).not.toContain('2025.3');
  });

  it('reports a file its manifest lists but the folder no longer has as missing', async () => {
    await rm(file('versions/2025.1/openapi.json'));
    const { problems } = await releasesOf();
    expect(errorsOf(problems)).toEqual([
      expect.objectContaining({
        rule: 'release-changed',
        file: 'versions/2025.1/openapi.json',
        message: expect.stringContaining('missing'),
      }),
    ]);
  });

  it('only warns about an extra file in its folder, and does not publish it', async () => {
    await writeFile(file('versions/2025.3/notes.txt'), 'not part of the release\n');
    const { releases, problems } = await releasesOf();
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'release-extra-file', file: 'versions/2025.3/notes.txt' }),
    ]);
    const release = releases.find((candidate) => candidate.dataVersion === '2025.3')!;
    expect(release).toBeDefined();
    expect([...release.files.keys()]).not.toContain('notes.txt');
    expect([...release.files.keys()]).toContain('manifest.json');
  });
});

describe('versions.json and the versions/ folders', () => {
  it('refuse a release folder that versions.json does not record', async () => {
    await mkdir(file('versions/2099.1'));
    await writeFile(file('versions/2099.1/meta.json'), '{}\n');
    const { problems } = await releasesOf();
    expect(errorsOf(problems)).toEqual([
      expect.objectContaining({ rule: 'release-unrecorded', file: 'versions/2099.1/' }),
    ]);
  });

  it('refuse a recorded version whose folder is missing', async () => {
    await writeJson('versions.json', {
      versions: [
        ...(await recorded()),
        { dataVersion: '2024.2', released: '2024-08-01', manifestSha256: 'a'.repeat(64) },
      ],
    });
    const { problems } = await releasesOf();
    expect(errorsOf(problems)).toEqual([
      expect.objectContaining({
        rule: 'release-missing',
        file: 'versions.json',
        message: expect.stringContaining('versions/2024.2/'),
      }),
    ]);
  });

  it('report invalid JSON in versions.json with its line', async () => {
    await writeFile(file('versions.json'), '{\n  "versions": [\n    { "dataVersion": "2025.3", }\n  ]\n}\n');
    const { problems } = await releasesOf();
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: 'error', rule: 'json-syntax', file: 'versions.json', line: 3 }),
    );
  });

  it('report a versions.json of the wrong shape, pointing at the value', async () => {
    await writeJson('versions.json', { versions: [{ dataVersion: '2025.3', released: 'August 2025' }] });
    const { problems } = await releasesOf();
    const shape = problems.filter((problem) => problem.rule === 'versions-shape');
    expect(shape.length).toBeGreaterThan(0);
    expect(shape).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'versions.json', pointer: '/versions/0/released' }),
    );
  });

  it('refuse a version recorded twice', async () => {
    const versions = await recorded();
    await writeJson('versions.json', { versions: [...versions, versions[1]] });
    const { problems } = await releasesOf();
    expect(errorsOf(problems)).toEqual([
      expect.objectContaining({
        rule: 'version-duplicate',
        file: 'versions.json',
        message: expect.stringContaining('2025.1'),
      }),
    ]);
  });

  it('refuse a version name that cannot be part of an address', async () => {
    await writeJson('versions.json', {
      versions: [
        ...(await recorded()),
        { dataVersion: '2024/2', released: '2024-08-01', manifestSha256: 'b'.repeat(64) },
      ],
    });
    const { problems } = await releasesOf();
    expect(errorsOf(problems)).toEqual([
      expect.objectContaining({
        rule: 'version-name',
        file: 'versions.json',
        message: expect.stringContaining('2024/2'),
      }),
    ]);
  });

  it('refuse a recorded release dated after the package’s own data', async () => {
    const versions = await recorded();
    await writeJson('versions.json', {
      versions: versions.map((version) =>
        version.dataVersion === '2025.3' ? { ...version, released: '2026-03-01' } : version,
      ),
    });
    const { problems } = await releasesOf();
    expect(errorsOf(problems)).toEqual([
      expect.objectContaining({
        rule: 'version-order',
        file: 'versions.json',
        message: expect.stringContaining('2025.3'),
      }),
    ]);
  });
});

describe('the package’s own data once recorded', () => {
  it('is the recorded latest release while it stays the same, and is refused if it changes under the same dataVersion', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await releaseData([dir])).toBe(0);

    const same = await releasesOf();
    expect(same.problems).toEqual([]);
    expect(same.releases.map(({ dataVersion, recorded }) => ({ dataVersion, recorded }))).toEqual([
      { dataVersion: '2026.2', recorded: true },
      { dataVersion: '2025.3', recorded: true },
      { dataVersion: '2025.1', recorded: true },
    ]);

    const requests = (await readJson('access-requests.json')) as { received: { kind: string; value?: number } }[];
    requests[0]!.received = { kind: 'exact', value: requests[0]!.received.value! + 1 };
    await writeJson('access-requests.json', requests);

    const { problems } = await releasesOf();
    expect(errorsOf(problems)).toEqual([
      expect.objectContaining({
        rule: 'version-reused',
        file: 'meta.json',
        field: 'dataVersion',
        message: expect.stringContaining('2026.2'),
      }),
    ]);
  });
});

describe('a published versions.json put back in the package', () => {
  it('is accepted: its latest entry, marked "recorded": false, is not checked as a recorded release', async () => {
    const published = await loadPublishedPackage(dir, { signer: null });
    expect(published.contents.files).toBeDefined();
    const { text } = published.contents.files!;
    const index = JSON.parse(text['versions.json']!) as { versions: { dataVersion: string; recorded: boolean }[] };
    expect(index.versions.map(({ dataVersion, recorded }) => ({ dataVersion, recorded }))).toEqual([
      { dataVersion: '2026.2', recorded: false },
      { dataVersion: '2025.3', recorded: true },
      { dataVersion: '2025.1', recorded: true },
    ]);
    // The site's api/v1/versions.json and api/v1/versions/, as a publisher might copy them back.
    await writeFile(file('versions.json'), text['versions.json']!);
    for (const [name, content] of Object.entries(text)) {
      if (!name.startsWith('versions/')) continue;
      await mkdir(path.dirname(file(name)), { recursive: true });
      await writeFile(file(name), content);
    }

    const { releases, problems } = await releasesOf();
    expect(errorsOf(problems)).toEqual([]);
    expect(releases.map(({ dataVersion, recorded }) => ({ dataVersion, recorded }))).toEqual([
      { dataVersion: '2026.2', recorded: false },
      { dataVersion: '2025.3', recorded: true },
      { dataVersion: '2025.1', recorded: true },
    ]);
  });
});
