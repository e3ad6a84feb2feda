import path from 'node:path';
import { countBySeverity, formatReport } from './problems';
import { publishVersions } from '../publishVersions';
import type { ManifestSigner } from '../signing';
import { readPackage, type PackageContents } from './readPackage';
import { readReleases } from './readReleases';

/** The bundled sample, used when no DATA_DIR is given. */
export const SAMPLE_PACKAGE = 'mocks/sample';

/** The package a build or dev server publishes: DATA_DIR, or the sample. */
export function packageDirFor(root: string, dataDir: string | undefined): string {
  return path.resolve(root, dataDir || SAMPLE_PACKAGE);
}

/** Thrown when a package has errors; its message is the whole report. */
export class PackageCheckFailed extends Error {
  constructor(readonly report: string) {
    super(report);
    this.name = 'PackageCheckFailed';
  }
}

/** Reads and checks a package; on any error, throws the report, so nothing is published. */
export async function loadCheckedPackage(
  dir: string,
  /** The folder as the report names it: relative to here when it is inside, else in full. */
  label = dir.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), dir) : dir,
): Promise<{ contents: PackageContents; warnings: string | null }> {
  const { contents, problems } = await readPackage(dir);
  const report = formatReport(problems, label);
  if (!contents) throw new PackageCheckFailed(report);
  return { contents, warnings: countBySeverity(problems).warnings > 0 ? report : null };
}

/**
 * The package with every version it publishes: the data checked, the recorded releases checked
 * against their digests, and every file of /api/v1/ made (and signed, with a signer).
 */
export async function loadPublishedPackage(
  dir: string,
  { siteUrl, signer }: { siteUrl?: string; signer: ManifestSigner | null },
): Promise<{ contents: PackageContents; warnings: string | null }> {
  const label = dir.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), dir) : dir;
  const { problems, contents } = await readPackage(dir);
  if (!contents) throw new PackageCheckFailed(formatReport(problems, label));
  const history = await readReleases(dir, contents);
  const all = [...problems, ...history.problems];
  if (countBySeverity(all).errors > 0) throw new PackageCheckFailed(formatReport(all, label));
  const files = publishVersions({ releases: history.releases, latest: contents, signer, siteUrl });
  return {
    contents: { ...contents, files },
    warnings: countBySeverity(all).warnings > 0 ? formatReport(all, label) : null,
  };
}
