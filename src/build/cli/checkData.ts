import { packageDirFor, SAMPLE_PACKAGE } from '../dataPackage/loadPackage';
import { countBySeverity, formatReport } from '../dataPackage/problems';
import { readPackage } from '../dataPackage/readPackage';
import { readReleases } from '../dataPackage/readReleases';
import { coverageReport } from '../dataPackage/readTranslations';

/**
 * npm run check-data [folder]: prints every problem of the package and of the versions it records,
 * then how much of its text each language translates; exits 1 on errors, 0 with warnings only.
 */
export async function checkData(args: string[]): Promise<number> {
  const given = args[0] ?? process.env.DATA_DIR ?? SAMPLE_PACKAGE;
  const dir = packageDirFor(process.cwd(), given);
  const { contents, problems } = await readPackage(dir);
  const all = contents ? [...problems, ...(await readReleases(dir, contents)).problems] : problems;
  console.log(formatReport(all, given));
  if (contents) console.log(coverageReport(contents.dataset, contents.translations ?? {}));
  return countBySeverity(all).errors > 0 ? 1 : 0;
}
