import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildApiFiles, jsonFileText as json } from '../../api/publish';
import { VERSION_IN_PATH, VERSIONS_FILE, versionFolder } from '../../api/resources';
import { packageDirFor, SAMPLE_PACKAGE } from '../dataPackage/loadPackage';
import { countBySeverity, formatReport } from '../dataPackage/problems';
import { readPackage } from '../dataPackage/readPackage';
import { readVersionRecord } from '../dataPackage/readReleases';

const USAGE = 'Usage: npm run release-data -- <package folder> [--from <folder of an earlier version>]';

/**
 * npm run release-data <package> [--from <earlier package>]: records a version as released. Its
 * files, as the site publishes them, go to versions/<version>/, and the digest of its manifest to
 * versions.json; from then on a build fails if any of them changes. Without --from, the package's
 * own data is recorded; with it, an earlier version kept elsewhere joins the package's history.
 */
export async function releaseData(args: string[]): Promise<number> {
  const fromIndex = args.indexOf('--from');
  const from = fromIndex >= 0 ? args[fromIndex + 1] : undefined;
  const target = args.find((arg, index) => !arg.startsWith('--') && (fromIndex < 0 || index !== fromIndex + 1));
  if ((fromIndex >= 0 && !from) || args.includes('--help')) {
    console.error(USAGE);
    return 2;
  }
  const given = target ?? process.env.DATA_DIR;
  if (!given) {
    console.error(`${USAGE}\n(or set DATA_DIR). The bundled sample (${SAMPLE_PACKAGE}) is released already.`);
    return 2;
  }
  const dir = packageDirFor(process.cwd(), given);
  const source = from ? path.resolve(from) : dir;
  const { contents, problems } = await readPackage(source);
  if (!contents || countBySeverity(problems).errors > 0) {
    console.error(formatReport(problems, from ?? given));
    console.error('Nothing was recorded: a version with errors is not released.');
    return 1;
  }
  const { meta } = contents.dataset;
  if (!VERSION_IN_PATH.test(meta.dataVersion)) {
    console.error(
      `meta.json: dataVersion “${meta.dataVersion}” cannot be part of an address; use letters, digits, dots, - and _.`,
    );
    return 1;
  }
  const { record, problems: recordProblems } = await readVersionRecord(dir);
  if (recordProblems.length > 0) {
    console.error(formatReport(recordProblems, given));
    return 1;
  }
  const files = await buildApiFiles(contents.dataset, contents.info, contents.translations);
  const manifestSha256 = createHash('sha256').update(files.get('manifest.json')!).digest('hex');
  const existing = record.find((version) => version.dataVersion === meta.dataVersion);
  if (existing) {
    if (existing.manifestSha256 === manifestSha256) {
      console.log(`Version ${meta.dataVersion} is recorded already, with the same files. Nothing to do.`);
      return 0;
    }
    console.error(
      `Version ${meta.dataVersion} was released with other contents (${versionFolder(meta.dataVersion)}). ` +
        'Give the changed data a new dataVersion, in meta.json and datapackage.json.',
    );
    return 1;
  }
  const folder = path.join(dir, versionFolder(meta.dataVersion));
  await mkdir(folder, { recursive: true });
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await writeFile(path.join(folder, file), text);
  }
  const versions = [...record, { dataVersion: meta.dataVersion, released: meta.lastUpdated, manifestSha256 }].sort(
    (a, b) => b.released.localeCompare(a.released),
  );
  await writeFile(path.join(dir, VERSIONS_FILE), json({ versions }));
  console.log(
    [
      `Recorded version ${meta.dataVersion} (released ${meta.lastUpdated}): its ${files.size} files are in ${path.join(given, versionFolder(meta.dataVersion))},`,
      `and the SHA-256 of its manifest.json, ${manifestSha256}, is in ${path.join(given, VERSIONS_FILE)}.`,
      'A build now fails if any of them changes. Commit both; for the next version, change the data and its dataVersion.',
    ].join('\n'),
  );
  return 0;
}
