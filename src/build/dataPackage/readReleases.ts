import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PublishedPackage } from '../../api/datapackage';
import { buildApiFiles } from '../../api/publish';
import { SIGNATURE_FILE, VERSION_IN_PATH, VERSIONS_FILE, versionFolder, type Dataset } from '../../api/resources';
import { datasetSchema } from '../../api/resourceSchemas';
import { manifest as manifestSchema, recordedVersions, type RecordedVersion } from '../../api/schemas';
import { jsonPointer, parseJsonText } from './jsonText';
import type { Problem } from './problems';
import { describeIssue } from './zodIssues';

/** One version of the data, with every file it publishes under its folder. */
export interface Release {
  dataVersion: string;
  released: string;
  /** SHA-256 of its manifest.json. */
  manifestSha256: string;
  /** File name → text, exactly as published (recorded releases: byte for byte as recorded). */
  files: Map<string, string>;
  dataset: Dataset;
  /** Recorded in versions.json, so that a build fails if it changes. */
  recorded: boolean;
}

/** Files a release folder may hold beyond those its manifest lists: the digests' other forms. */
const BESIDE_MANIFEST = new Set(['manifest.json', 'SHA256SUMS', SIGNATURE_FILE]);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The same JSON value, whatever the order of keys. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

async function readRecord(dir: string, problems: Problem[]): Promise<RecordedVersion[]> {
  let text: string;
  try {
    text = await readFile(path.join(dir, VERSIONS_FILE), 'utf8');
  } catch {
    return [];
  }
  const parsed = parseJsonText(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) {
    problems.push({
      severity: 'error',
      rule: 'json-syntax',
      file: VERSIONS_FILE,
      line: parsed.line,
      message: `is not valid JSON: ${parsed.message} (column ${parsed.column})`,
    });
    return [];
  }
  const record = recordedVersions.safeParse(parsed.json.value, { reportInput: true });
  if (record.success) {
    // A published versions.json also lists a latest version not yet recorded: it is made afresh, not checked.
    const published = (parsed.json.value as { versions: { recorded?: unknown }[] }).versions;
    record.data.versions = record.data.versions.filter((_, index) => published[index]?.recorded !== false);
  }
  if (!record.success) {
    for (const issue of record.error.issues) {
      problems.push({
        severity: 'error',
        rule: 'versions-shape',
        file: VERSIONS_FILE,
        line: parsed.json.lineOf(issue.path as (string | number)[]),
        pointer: jsonPointer(issue.path),
        message: describeIssue(issue).message,
      });
    }
    return [];
  }
  const seen = new Set<string>();
  return record.data.versions.filter((version, index) => {
    const line = parsed.json.lineOf(['versions', index, 'dataVersion']);
    if (!VERSION_IN_PATH.test(version.dataVersion)) {
      problems.push({
        severity: 'error',
        rule: 'version-name',
        file: VERSIONS_FILE,
        line,
        message: `“${version.dataVersion}” cannot be part of an address`,
        hint: 'A data version is letters, digits, dots, - and _, such as 2026.2.',
      });
      return false;
    }
    if (seen.has(version.dataVersion)) {
      problems.push({
        severity: 'error',
        rule: 'version-duplicate',
        file: VERSIONS_FILE,
        line,
        message: `records version ${version.dataVersion} twice`,
      });
      return false;
    }
    seen.add(version.dataVersion);
    return true;
  });
}

/** The versions a package records as released, and what is wrong with its versions.json. */
export async function readVersionRecord(dir: string): Promise<{ record: RecordedVersion[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const record = await readRecord(dir, problems);
  return { record, problems };
}

/** A recorded release's folder, checked file by file against its manifest and the recorded digest. */
async function readRecordedRelease(
  dir: string,
  version: RecordedVersion,
  problems: Problem[],
): Promise<Release | undefined> {
  const folder = versionFolder(version.dataVersion);
  const changed = (file: string, message: string, hint?: string) =>
    problems.push({
      severity: 'error',
      rule: 'release-changed',
      file: `${folder}${file}`,
      message,
      hint:
        hint ??
        `A released version never changes. Restore the file as it was released (from your own copy, or the published site's ${folder}), and publish corrections as a new version.`,
    });
  let names: string[];
  try {
    // Every file, in subfolders too (translations/<lang>.json), by its path in the release.
    names = (await readdir(path.join(dir, folder), { withFileTypes: true, recursive: true }))
      .filter((entry) => entry.isFile())
      .map((entry) =>
        path.relative(path.join(dir, folder), path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
      );
  } catch {
    problems.push({
      severity: 'error',
      rule: 'release-missing',
      file: VERSIONS_FILE,
      message: `records version ${version.dataVersion}, but there is no folder ${folder}`,
      hint: `Put the files of version ${version.dataVersion}, as released, in ${folder}.`,
    });
    return undefined;
  }
  const bytes = new Map<string, Buffer>();
  for (const name of names) bytes.set(name, await readFile(path.join(dir, folder, name)));

  const manifestBytes = bytes.get('manifest.json');
  if (!manifestBytes) {
    changed('manifest.json', 'is missing');
    return undefined;
  }
  if (sha256(manifestBytes) !== version.manifestSha256) {
    changed(
      'manifest.json',
      `has the SHA-256 ${sha256(manifestBytes)}, but ${VERSIONS_FILE} recorded ${version.manifestSha256} when version ${version.dataVersion} was released`,
    );
    return undefined;
  }
  const manifest = manifestSchema.safeParse(JSON.parse(manifestBytes.toString('utf8')));
  if (!manifest.success) {
    changed('manifest.json', 'is not a manifest: it was recorded that way, so the version cannot be read');
    return undefined;
  }
  let intact = true;
  for (const entry of manifest.data.files) {
    const file = bytes.get(entry.file);
    if (!file) {
      changed(entry.file, 'is listed in its manifest.json but missing');
      intact = false;
    } else if (sha256(file) !== entry.sha256) {
      changed(entry.file, `has the SHA-256 ${sha256(file)}, but its manifest.json says ${entry.sha256}`);
      intact = false;
    }
  }
  const listed = new Set(manifest.data.files.map((entry) => entry.file));
  for (const name of names) {
    if (listed.has(name) || BESIDE_MANIFEST.has(name)) continue;
    problems.push({
      severity: 'warning',
      rule: 'release-extra-file',
      file: `${folder}${name}`,
      message: `is not part of version ${version.dataVersion}, so it is not published`,
      hint: 'Remove it: a released folder holds the files its manifest.json lists.',
    });
    bytes.delete(name);
  }
  if (!intact) return undefined;

  const dataset = datasetSchema.safeParse(JSON.parse(bytes.get('dataset.json')?.toString('utf8') ?? 'null'));
  if (!dataset.success) {
    const issue = dataset.error.issues[0];
    problems.push({
      severity: 'error',
      rule: 'release-unreadable',
      file: `${folder}dataset.json`,
      pointer: issue ? jsonPointer(issue.path) : undefined,
      message: `cannot be read as this dashboard's dataset${issue ? `: ${describeIssue(issue).message}` : ''}`,
      hint: 'Every released version needs its dataset.json in the contract this dashboard reads.',
    });
    return undefined;
  }
  bytes.delete(SIGNATURE_FILE); // Signatures are made by each build, with its key.
  return {
    ...version,
    files: new Map([...bytes].map(([name, content]) => [name, content.toString('utf8')])),
    dataset: dataset.data as Dataset,
    recorded: true,
  };
}

/**
 * Every version a package publishes, newest first: the versions recorded in versions.json, each
 * checked against its recorded digest, and the package's own data as the latest. Problems name
 * the file and the rule; with any error, nothing should be published.
 */
export async function readReleases(
  dir: string,
  latest: PublishedPackage,
): Promise<{ releases: Release[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const record = await readRecord(dir, problems);
  const folders = await readdir(path.join(dir, 'versions'), { withFileTypes: true }).then(
    (entries) => entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
    () => [] as string[],
  );
  const recordedNames = new Set(record.map((version) => version.dataVersion));
  // The latest version's own folder, when it is not recorded, is made afresh from the package's data.
  const unrecordedLatest = (name: string) => name === latest.dataset.meta.dataVersion;
  for (const folder of folders.filter((name) => !recordedNames.has(name) && !unrecordedLatest(name))) {
    problems.push({
      severity: 'error',
      rule: 'release-unrecorded',
      file: versionFolder(folder),
      message: `is not recorded in ${VERSIONS_FILE}, so nothing shows whether it is as released`,
      hint: 'Record a release with npm run release-data, which writes its folder and its digest together.',
    });
  }

  const releases: Release[] = [];
  for (const version of record) {
    const release = await readRecordedRelease(dir, version, problems);
    if (release) releases.push(release);
  }

  const { meta } = latest.dataset;
  if (!VERSION_IN_PATH.test(meta.dataVersion)) {
    problems.push({
      severity: 'error',
      rule: 'version-name',
      file: 'meta.json',
      field: 'dataVersion',
      message: `“${meta.dataVersion}” cannot be part of an address, where each version is published`,
      hint: 'A data version is letters, digits, dots, - and _, such as 2026.2.',
    });
  }
  const released = releases.find((release) => release.dataVersion === meta.dataVersion);
  if (released && canonical(released.dataset) !== canonical(latest.dataset)) {
    problems.push({
      severity: 'error',
      rule: 'version-reused',
      file: 'meta.json',
      field: 'dataVersion',
      message: `is ${meta.dataVersion}, a version already released with other data (${versionFolder(meta.dataVersion)})`,
      hint: 'Give the changed data a new dataVersion, in meta.json and datapackage.json.',
    });
  }
  for (const version of record) {
    if (version.dataVersion !== meta.dataVersion && version.released > meta.lastUpdated) {
      problems.push({
        severity: 'error',
        rule: 'version-order',
        file: VERSIONS_FILE,
        message: `records version ${version.dataVersion} as released on ${version.released}, after the package's own data (${meta.dataVersion}, last updated ${meta.lastUpdated})`,
        hint: 'The package folder holds the latest version; earlier ones go in versions/.',
      });
    }
  }
  if (!released && !problems.some((problem) => problem.severity === 'error')) {
    const files = await buildApiFiles(latest.dataset, latest.info, latest.translations);
    releases.push({
      dataVersion: meta.dataVersion,
      released: meta.lastUpdated,
      manifestSha256: sha256(new TextEncoder().encode(files.get('manifest.json')!)),
      files,
      dataset: latest.dataset,
      recorded: false,
    });
  }
  releases.sort((a, b) =>
    a.dataVersion === meta.dataVersion
      ? -1
      : b.dataVersion === meta.dataVersion
        ? 1
        : b.released.localeCompare(a.released),
  );
  return { releases, problems };
}
