import { jsonFileText as json } from '../../api/publish';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDescriptor, csvFileOf, type PackageInfo } from '../../api/datapackage';
import type { Dataset } from '../../api/resources';
import { tableCsv, tabularKeys } from '../../api/tables/registry';
import { loadCheckedPackage, packageDirFor, SAMPLE_PACKAGE } from '../dataPackage/loadPackage';

/** A package to fill in: meta.json with placeholders, and every table as a CSV file with its header. */
function templateDataset(today: string): { dataset: Dataset; info: PackageInfo } {
  const year = Number(today.slice(0, 4)) - 1;
  return {
    info: {
      name: 'your-organisation-user-data',
      title: 'Your organisation: where user data is stored, who can reach it, and what was disclosed',
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    },
    dataset: {
      meta: {
        organisation: { name: 'Your organisation', url: 'https://example.org/' },
        scope: 'user data',
        periods: [{ id: `${year}`, start: `${year}-01-01`, end: `${year}-12-31` }],
        headlineCategory: 'government',
        lastUpdated: today,
        asOf: `${year}-12-31`,
        dataVersion: `${year + 1}.1`,
        sample: { isSample: true, disclaimer: 'Template: every value here is a placeholder.' },
      },
      storageLocations: [],
      replicationFlows: [],
      locationAccess: [],
      accessControls: [],
      auditStatistics: [],
      requestCategories: [],
      accessRequests: [],
      changelog: [],
    },
  };
}

/** Writes a package as a publisher edits it: meta.json, one CSV per table, and datapackage.json. */
export async function writeEditablePackage(dir: string, dataset: Dataset, info: PackageInfo) {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'meta.json'), json(dataset.meta));
  for (const key of tabularKeys) await writeFile(path.join(dir, csvFileOf(key)), tableCsv(key, dataset));
  await writeFile(path.join(dir, 'datapackage.json'), json(buildDescriptor(dataset, info)));
}

/** npm run new-data <folder> [--from-sample]: a package to start from. */
export async function newData(args: string[]): Promise<number> {
  const fromSample = args.includes('--from-sample');
  const target = args.find((arg) => !arg.startsWith('--'));
  if (!target) {
    console.error('Usage: npm run new-data -- <folder> [--from-sample]');
    return 2;
  }
  const dir = path.resolve(target);
  const existing = await readdir(dir).catch(() => []);
  if (existing.length > 0) {
    console.error(`${target} is not empty; choose a new folder, so nothing is overwritten.`);
    return 1;
  }
  if (fromSample) {
    const { contents } = await loadCheckedPackage(packageDirFor(process.cwd(), SAMPLE_PACKAGE));
    await writeEditablePackage(dir, contents.dataset, contents.info);
    console.log(`Wrote a copy of the sample to ${target}: meta.json, datapackage.json and one CSV per table.`);
  } else {
    const { dataset, info } = templateDataset(new Date().toISOString().slice(0, 10));
    await writeEditablePackage(dir, dataset, info);
    console.log(`Wrote an empty package to ${target}: meta.json, datapackage.json and one CSV per table.`);
  }
  console.log(`Next: edit the files, then run  npm run check-data -- ${target}`);
  return 0;
}
