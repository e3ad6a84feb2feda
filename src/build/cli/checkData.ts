import { packageDirFor, SAMPLE_PACKAGE } from '../dataPackage/loadPackage';
import { countBySeverity, formatReport } from '../dataPackage/problems';
import { readPackage } from '../dataPackage/readPackage';

/** npm run check-data [folder]: prints every problem; exits 1 on errors, 0 with warnings only. */
export async function checkData(args: string[]): Promise<number> {
  const given = args[0] ?? process.env.DATA_DIR ?? SAMPLE_PACKAGE;
  const dir = packageDirFor(process.cwd(), given);
  const { problems } = await readPackage(dir);
  console.log(formatReport(problems, given));
  return countBySeverity(problems).errors > 0 ? 1 : 0;
}
