import path from 'node:path';
import type * as z from 'zod/mini';
import { packageInfo, packageInfoKeys, type PackageInfo, type PublishedPackage } from '../../api/datapackage';
import { resourceKeys, resources, type Dataset, type ResourceKey } from '../../api/resources';
import { resourceSchemas } from '../../api/resourceSchemas';
import { sortFindings } from '../../api/tables/auditStatistics';
import { tables, type TabularKey } from '../../api/tables/registry';
import { parseCsvText } from './csvText';
import { checkDescriptor, type ResourceEntry } from './descriptorRules';
import { jsonPointer, parseJsonText, type JsonText } from './jsonText';
import type { Problem, ProblemPlace } from './problems';
import { readFileText } from './readFileText';
import { readTranslations } from './readTranslations';
import { checkHonesty } from './rules/rules';
import type { CheckedData } from './rules/finding';
import { unknownFields } from './unknownFields';
import { describeIssue } from './zodIssues';

export const DESCRIPTOR_FILE = 'datapackage.json';

export type PackageContents = PublishedPackage;

export interface PackageReport {
  /** Present only when the package has no errors. */
  contents?: PackageContents;
  problems: Problem[];
}

type Path = (string | number)[];

/** Where each kept row of a resource came from, to place problems found later. */
interface Source {
  file: string;
  place(index: number | undefined, path?: Path): ProblemPlace;
}

const elementOf = (schema: z.ZodMiniType) =>
  (schema as unknown as { _zod: { def: { element: z.ZodMiniType } } })._zod.def.element;

/**
 * Reads a data package folder: the descriptor, every resource in JSON or CSV, its shape
 * against the contract, then the honesty rules. Every problem is collected, not just the first.
 */
export async function readPackage(dir: string): Promise<PackageReport> {
  const problems: Problem[] = [];
  const descriptorFile = await readFileText(path.join(dir, DESCRIPTOR_FILE));
  if (!descriptorFile.ok) {
    problems.push(
      descriptorFile.reason === 'missing'
        ? {
            severity: 'error',
            rule: 'descriptor-missing',
            file: DESCRIPTOR_FILE,
            message: `there is no ${DESCRIPTOR_FILE} in ${dir}`,
            hint: 'Point at the folder that holds datapackage.json, or start one with: npm run new-data <folder>.',
          }
        : encodingProblem(DESCRIPTOR_FILE, descriptorFile.line),
    );
    return { problems };
  }
  const parsed = parseJsonText(descriptorFile.text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) {
    problems.push(syntaxProblem(DESCRIPTOR_FILE, parsed));
    return { problems };
  }
  const descriptor = parsed.json;
  const { problems: descriptorProblems, entries } = checkDescriptor(descriptor.value, descriptor.lineOf);
  problems.push(...descriptorProblems);
  const info = readInfo(descriptor, problems);

  const data: CheckedData = {};
  const sources: Partial<Record<ResourceKey, Source>> = {};
  /** Resources that lost rows (or everything) to errors: checks across resources would mislead. */
  const incomplete = new Set<ResourceKey>();
  const contractNames = new Set(resourceKeys.map((key) => resources[key].name));
  for (const entry of entries) {
    if (!contractNames.has(entry.name)) {
      problems.push({
        severity: 'warning',
        rule: 'resource-unknown',
        file: DESCRIPTOR_FILE,
        line: descriptor.lineOf(['resources', entry.index, 'name']),
        field: 'name',
        message: `the resource “${entry.name}” is not part of the contract, so it is not published`,
        hint: `Known resources: ${[...contractNames].join(', ')}.`,
      });
    }
  }
  for (const key of resourceKeys) {
    const resource = resources[key];
    const entry = entries.find((candidate) => candidate.name === resource.name);
    if (!entry) {
      if (resource.required && !descriptorProblems.some((problem) => problem.severity === 'error')) {
        problems.push({
          severity: 'error',
          rule: 'resource-missing',
          file: DESCRIPTOR_FILE,
          line: descriptor.lineOf(['resources']),
          field: 'resources',
          message: `has no resource named “${resource.name}”`,
          hint: `Add { "name": "${resource.name}", "path": "${resource.file}" } (or a .csv file) to "resources".`,
        });
      }
      if (!resource.required) Object.assign(data, { [key]: [] });
      continue;
    }
    const errorsBefore = problems.filter((problem) => problem.severity === 'error').length;
    const read = await readResource(dir, key, entry, problems);
    if (read) {
      Object.assign(data, { [key]: read.value });
      sources[key] = read.source;
    }
    if (!read || problems.filter((problem) => problem.severity === 'error').length > errorsBefore) incomplete.add(key);
  }

  if (data.auditStatistics) data.auditStatistics = data.auditStatistics.map(sortFindings);
  if (data.meta && info.version !== undefined && info.version !== data.meta.dataVersion) {
    problems.push({
      severity: 'error',
      rule: 'data-version-descriptor',
      file: DESCRIPTOR_FILE,
      line: descriptor.lineOf(['version']),
      field: 'version',
      message: `is ${info.version}, but meta.json says dataVersion ${data.meta.dataVersion}`,
      hint: 'The package and its data carry the same version; correct one of them, or leave "version" out.',
    });
  }

  const { findings, held } = checkHonesty(data, incomplete);
  // A file read in part, or not at all, leaves checks across files unsaid: say so, or its other mistakes stay hidden.
  const unread = [...incomplete].filter((key) => data[key] === undefined);
  if (held > 0 || unread.length > 0) {
    const names = (keys: ResourceKey[]) => keys.map((key) => resources[key].name).join(', ');
    problems.push({
      severity: 'warning',
      rule: 'checks-held',
      file: DESCRIPTOR_FILE,
      message:
        unread.length > 0
          ? `the consistency checks that need ${names(unread)} did not run, because it could not be read`
          : `${held} consistency ${held === 1 ? 'check was' : 'checks were'} not reported, because ${names([...incomplete])} ${incomplete.size === 1 ? 'has' : 'have'} rows with errors`,
      hint: 'Fix the errors above, then check again: those checks need every row.',
    });
  }
  for (const finding of findings) {
    const source = sources[finding.resource];
    const place = source?.place(finding.index, finding.path) ?? { file: resources[finding.resource].file };
    const related =
      finding.relatedIndex !== undefined && source ? source.place(finding.relatedIndex, finding.path) : undefined;
    const also = related ? ` (first at ${related.line ? `line ${related.line}` : related.pointer})` : '';
    problems.push({
      severity: finding.severity,
      rule: finding.rule,
      ...place,
      message: `${finding.message}${also}`,
      ...(finding.hint ? { hint: finding.hint } : {}),
    });
  }

  const complete = resourceKeys.every((key) => data[key] !== undefined);
  const translations = complete ? await readTranslations(dir, data as Dataset, problems) : {};
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  return hasErrors || !complete
    ? { problems }
    : { contents: { dataset: data as Dataset, info, translations }, problems };
}

function readInfo(descriptor: JsonText, problems: Problem[]): PackageInfo {
  const value = descriptor.value as Record<string, unknown>;
  const picked = Object.fromEntries(packageInfoKeys.filter((key) => key in value).map((key) => [key, value[key]]));
  const parsed = packageInfo.safeParse(picked, { reportInput: true });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    problems.push({
      severity: 'error',
      rule: 'descriptor-shape',
      file: DESCRIPTOR_FILE,
      line: descriptor.lineOf(issue.path as Path),
      pointer: jsonPointer(issue.path),
      field: String(issue.path.at(-1) ?? ''),
      message: describeIssue(issue).message,
    });
  }
  return {};
}

async function readResource(
  dir: string,
  key: ResourceKey,
  entry: ResourceEntry,
  problems: Problem[],
): Promise<{ value: unknown; source: Source } | undefined> {
  const file = entry.path;
  const text = await readFileText(path.join(dir, file));
  if (!text.ok) {
    problems.push(
      text.reason === 'missing'
        ? {
            severity: 'error',
            rule: 'file-missing',
            file,
            message: `is listed in ${DESCRIPTOR_FILE} as “${entry.name}” but does not exist`,
            hint: 'Check the file name and its folder; names are case-sensitive on most hosts.',
          }
        : encodingProblem(file, text.line),
    );
    return undefined;
  }
  const digest = entry.hash?.replace(/^sha256:/i, '');
  if (
    (entry.hash && /^[0-9a-f]{64}$/i.test(digest ?? '') && digest!.toLowerCase() !== text.sha256) ||
    (entry.bytes !== undefined && entry.bytes !== text.bytes)
  ) {
    problems.push({
      severity: 'error',
      rule: 'file-digest',
      file,
      message: `does not match the size or SHA-256 digest that ${DESCRIPTOR_FILE} gives for it`,
      hint: 'The file changed after the descriptor was written. Remove "bytes" and "hash" from its entry, or restore the file.',
    });
  }
  const body = text.text.replace(/^\uFEFF/, '');
  if (entry.format === 'json') return readJsonResource(key, file, body, problems);
  if (entry.format === 'csv' && key !== 'meta') return readCsvResource(key, file, body, entry, problems);
  problems.push({
    severity: 'error',
    rule: 'resource-format',
    file,
    message: `is in a format the build does not read (${entry.format || 'unknown'})`,
    hint: key === 'meta' ? 'meta is a JSON file.' : 'Give the resource as a .json or a .csv file.',
  });
  return undefined;
}

function readJsonResource(key: ResourceKey, file: string, text: string, problems: Problem[]) {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    problems.push(syntaxProblem(file, parsed));
    return undefined;
  }
  const { value, lineOf } = parsed.json;
  const schema = resourceSchemas[key];
  const list = key !== 'meta';
  const kept: number[] = [];
  const place = (original: number | undefined, fieldPath: Path = []): ProblemPlace => {
    const full = original === undefined ? fieldPath : [original, ...fieldPath];
    return {
      file,
      line: lineOf(full),
      pointer: jsonPointer(full),
      ...(fieldPath.length ? { field: String(fieldPath.filter((part) => typeof part === 'string').at(-1) ?? '') } : {}),
    };
  };
  const shapeProblem = (issue: z.core.$ZodIssue, at: Path) => {
    const described = describeIssue(issue);
    problems.push({
      severity: 'error',
      rule: described.missing ? 'field-missing' : 'field-shape',
      ...place(undefined, at),
      message: described.message,
    });
  };
  const warnUnknown = (itemSchema: z.ZodMiniType, item: unknown, prefix: Path) => {
    for (const at of unknownFields(itemSchema, item)) {
      problems.push({
        severity: 'warning',
        rule: 'field-unknown',
        ...place(undefined, [...prefix, ...at]),
        message: `“${String(at.at(-1))}” is not a field of ${resources[key].name}; it was ignored`,
        hint: 'Check its spelling against docs/publishing.md.',
      });
    }
  };

  if (!list) {
    const result = schema.safeParse(value, { reportInput: true });
    warnUnknown(schema, value, []);
    if (!result.success) {
      for (const issue of result.error.issues) shapeProblem(issue, issue.path as Path);
      return undefined;
    }
    return {
      value: result.data,
      source: { file, place: (_index: number | undefined, at?: Path) => place(undefined, at) },
    };
  }
  if (!Array.isArray(value)) {
    problems.push({
      severity: 'error',
      rule: 'field-shape',
      file,
      line: 1,
      pointer: '/',
      message: 'is not a list',
      hint: `${resources[key].name}.json holds a list of rows: [ { … }, { … } ].`,
    });
    return undefined;
  }
  const element = elementOf(schema);
  const items: unknown[] = [];
  value.forEach((item, index) => {
    warnUnknown(element, item, [index]);
    const result = element.safeParse(item, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) shapeProblem(issue, [index, ...(issue.path as Path)]);
      return;
    }
    kept.push(index);
    items.push(result.data);
  });
  return {
    value: items,
    source: {
      file,
      place: (index: number | undefined, at?: Path) => place(index === undefined ? undefined : kept[index], at),
    },
  };
}

function readCsvResource(key: TabularKey, file: string, text: string, entry: ResourceEntry, problems: Problem[]) {
  const table = tables[key];
  const { table: csv, issues } = parseCsvText(text);
  for (const issue of issues) {
    problems.push({
      severity: issue.severity,
      rule: issue.rule,
      file,
      line: issue.line,
      ...(issue.column ? { field: issue.column } : {}),
      message: issue.message,
      ...(issue.hint ? { hint: issue.hint } : {}),
    });
  }
  if (!csv) return undefined;
  const known = new Set(table.columns.map((column) => column.name));
  let headerBroken = false;
  for (const column of table.columns) {
    if (column.required && !csv.header.includes(column.name)) {
      headerBroken = true;
      problems.push({
        severity: 'error',
        rule: 'csv-missing-column',
        file,
        line: 1,
        field: column.name,
        message: `the header has no column ${column.name}`,
        hint: `${column.description} The columns are: ${[...known].join(', ')}.`,
      });
    }
  }
  for (const name of csv.header) {
    if (!known.has(name)) {
      problems.push({
        severity: 'warning',
        rule: 'csv-unknown-column',
        file,
        line: 1,
        field: name,
        message: `the column “${name}” is not part of ${resources[key].name}; it was ignored`,
        hint: `The columns are: ${[...known].join(', ')}.`,
      });
    }
  }
  if (entry.schemaFields && entry.schemaFields.join(',') !== csv.header.join(',')) {
    problems.push({
      severity: 'warning',
      rule: 'table-schema-header',
      file: DESCRIPTOR_FILE,
      field: 'schema',
      message: `the Table Schema of “${entry.name}” lists other columns than the header of ${file}`,
      hint: 'Frictionless tools read the file by its schema; keep the two in step (npm run new-data writes both).',
    });
  }
  if (headerBroken) return undefined;

  const element = elementOf(resourceSchemas[key]);
  const lines: number[] = [];
  const items: unknown[] = [];
  const decodedItems = table.fromRecords(csv.records);
  for (const decoded of decodedItems) {
    let valid = decoded.problems.length === 0;
    for (const problem of decoded.problems) {
      problems.push({
        severity: 'error',
        rule: 'cell-shape',
        file,
        line: decoded.line,
        field: problem.column,
        message: problem.message,
        ...(problem.hint ? { hint: problem.hint } : {}),
      });
    }
    const result = element.safeParse(decoded.value, { reportInput: true });
    const reported = new Set(decoded.problems.map((problem) => problem.column));
    if (!result.success) {
      valid = false;
      for (const issue of result.error.issues) {
        const described = describeIssue(issue);
        const column = table.columnOf(issue.path, decoded.value);
        // A cell already explained in its own words is not reported again through what was made of it.
        if (column && reported.has(column)) continue;
        problems.push({
          severity: 'error',
          rule: described.missing ? 'field-missing' : 'field-shape',
          file,
          line: decoded.line,
          ...(column ? { field: column } : {}),
          message: described.message,
        });
      }
    }
    if (valid && result.success) {
      items.push(result.data);
      lines.push(decoded.line);
    }
  }
  return {
    value: items,
    source: {
      file,
      place: (index: number | undefined, at: Path = []) => ({
        file,
        ...(index === undefined ? {} : { line: lines[index] }),
        ...(index !== undefined && at.length ? { field: table.columnOf(at, items[index]) } : {}),
      }),
    },
  };
}

export function syntaxProblem(file: string, parsed: { line: number; column: number; message: string }): Problem {
  return {
    severity: 'error',
    rule: 'json-syntax',
    file,
    line: parsed.line,
    message: `is not valid JSON: ${parsed.message} at column ${parsed.column}`,
    hint: parsed.message.includes('trailing comma')
      ? 'Remove the comma: in JSON, nothing follows the last item of a list or object.'
      : 'A JSON validator or editor shows the spot; look for a missing comma or quote just before it.',
  };
}

export function encodingProblem(file: string, line: number): Problem {
  return {
    severity: 'error',
    rule: 'file-encoding',
    file,
    line,
    message: 'is not UTF-8 text',
    hint: 'Save it as UTF-8 (in a spreadsheet: “CSV UTF-8”); other encodings turn accents into garbage.',
  };
}
