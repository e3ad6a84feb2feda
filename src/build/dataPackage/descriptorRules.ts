import type { Problem } from './problems';

/** What the checks read from each resource entry of datapackage.json. */
export interface ResourceEntry {
  index: number;
  name: string;
  path: string;
  format: 'json' | 'csv' | string;
  type?: string;
  bytes?: number;
  hash?: string;
  schemaFields?: string[];
}

const FILE = 'datapackage.json';
const RESOURCE_NAME = /^[a-z0-9._-]+$/;
// RFC 3339 date-time, as Data Package v2 asks of `created`.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A path the package may read: relative, inside the package, POSIX separators. */
export function unsafePathReason(path: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return 'is a URL; the build reads files inside the package only';
  if (path.startsWith('/') || path.startsWith('~')) return 'is absolute; paths are relative to datapackage.json';
  if (path.includes('\\')) return 'uses “\\”; paths use “/”';
  if (path.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    return 'leaves the package folder or has an empty part';
  }
  return null;
}

function formatOf(entry: Record<string, unknown>, path: string): string {
  if (typeof entry.format === 'string') return entry.format.toLowerCase();
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1];
  return extension ? extension.toLowerCase() : '';
}

/**
 * The rules of Frictionless Data Package v2 that apply to a descriptor, written from the
 * standard (datapackage.org/standard): required properties, resource names and paths,
 * licences, and Table Schemas for tables.
 */
export function checkDescriptor(descriptor: unknown, lineOf: (path: (string | number)[]) => number | undefined) {
  const problems: Problem[] = [];
  const entries: ResourceEntry[] = [];
  const report = (
    severity: Problem['severity'],
    rule: string,
    path: (string | number)[],
    message: string,
    hint?: string,
  ) =>
    problems.push({
      severity,
      rule,
      file: FILE,
      line: lineOf(path),
      pointer: path.length ? `/${path.join('/')}` : undefined,
      field: path.filter((part) => typeof part === 'string').at(-1),
      message,
      ...(hint ? { hint } : {}),
    });

  if (!isRecord(descriptor)) {
    report(
      'error',
      'descriptor-shape',
      [],
      'is not a JSON object',
      'datapackage.json holds one object: { "name": …, "resources": [ … ] }.',
    );
    return { problems, entries };
  }
  if ('profile' in descriptor) {
    report(
      'warning',
      'descriptor-v1',
      ['profile'],
      'is a Data Package v1 property',
      'Version 2 uses "$schema" instead; it was ignored.',
    );
  }
  if (descriptor.$schema !== undefined && typeof descriptor.$schema !== 'string') {
    report(
      'error',
      'descriptor-schema',
      ['$schema'],
      'is not a text',
      'Use "https://datapackage.org/profiles/2.0/datapackage.json".',
    );
  }
  if (descriptor.name === undefined) {
    report(
      'warning',
      'descriptor-name',
      ['name'],
      'is missing',
      'Give the package a short name in lower case, such as "acme-us-user-data".',
    );
  } else if (typeof descriptor.name !== 'string' || !RESOURCE_NAME.test(descriptor.name)) {
    report('warning', 'descriptor-name', ['name'], 'should use lower-case letters, digits, “.”, “-” and “_” only');
  }
  if (descriptor.title === undefined) {
    report('warning', 'descriptor-title', ['title'], 'is missing', 'A title tells researchers what the package is.');
  }
  if (
    descriptor.created !== undefined &&
    (typeof descriptor.created !== 'string' || !DATE_TIME.test(descriptor.created))
  ) {
    report(
      'error',
      'descriptor-created',
      ['created'],
      'is not an RFC 3339 date and time',
      'Write it as 2026-02-15T09:00:00Z.',
    );
  }
  if (descriptor.licenses === undefined) {
    report(
      'warning',
      'descriptor-licenses',
      ['licenses'],
      'is missing',
      'Say under which licence the data may be reused, e.g. [{ "name": "CC-BY-4.0" }].',
    );
  } else if (!Array.isArray(descriptor.licenses) || descriptor.licenses.length === 0) {
    report('error', 'descriptor-licenses', ['licenses'], 'is not a non-empty list of licences');
  } else {
    descriptor.licenses.forEach((license, index) => {
      if (!isRecord(license) || (typeof license.name !== 'string' && typeof license.path !== 'string')) {
        report(
          'error',
          'descriptor-licenses',
          ['licenses', index],
          'has neither a name nor a path',
          'Each licence needs "name" (such as "CC-BY-4.0") or "path" (its URL).',
        );
      }
    });
  }
  if (Array.isArray(descriptor.contributors)) {
    descriptor.contributors.forEach((contributor, index) => {
      if (!isRecord(contributor) || typeof contributor.title !== 'string') {
        report(
          'error',
          'descriptor-contributors',
          ['contributors', index],
          'has no title',
          'Each contributor needs a "title", the name to credit.',
        );
      }
    });
  }

  const resources = descriptor.resources;
  if (!Array.isArray(resources) || resources.length === 0) {
    report(
      'error',
      'descriptor-resources',
      ['resources'],
      'is missing or empty',
      'List every file of the package under "resources".',
    );
    return { problems, entries };
  }
  const names = new Map<string, number>();
  resources.forEach((entry, index) => {
    const at = (...path: (string | number)[]) => ['resources', index, ...path];
    if (!isRecord(entry)) {
      report('error', 'resource-shape', at(), 'is not an object');
      return;
    }
    const { name, path } = entry;
    if (typeof name !== 'string' || name === '') {
      report('error', 'resource-name', at('name'), 'is missing', 'Every resource needs a "name".');
      return;
    }
    if (!RESOURCE_NAME.test(name)) {
      report(
        'warning',
        'resource-name',
        at('name'),
        `“${name}” should use lower-case letters, digits, “.”, “-” and “_” only`,
      );
    }
    if (names.has(name)) {
      report(
        'error',
        'resource-name-unique',
        at('name'),
        `“${name}” is also the name of resource ${names.get(name)}`,
        'Resource names are unique.',
      );
      return;
    }
    names.set(name, index);
    if ('data' in entry && 'path' in entry) {
      report(
        'error',
        'resource-location',
        at(),
        'has both "data" and "path"',
        'A resource has exactly one of the two.',
      );
      return;
    }
    if ('data' in entry) {
      report(
        'error',
        'resource-inline-data',
        at('data'),
        'holds its data inline',
        `Put it in a file, such as "${name}.json", and give its "path".`,
      );
      return;
    }
    if (Array.isArray(path)) {
      report('error', 'resource-path', at('path'), 'lists several files', 'Give one file per resource.');
      return;
    }
    if (typeof path !== 'string' || path === '') {
      report('error', 'resource-path', at('path'), 'is missing', `Give the file, such as "${name}.json".`);
      return;
    }
    const unsafe = unsafePathReason(path);
    if (unsafe) {
      report('error', 'resource-path', at('path'), `“${path}” ${unsafe}`);
      return;
    }
    if (entry.type !== undefined && entry.type !== 'table') {
      report(
        'warning',
        'resource-type',
        at('type'),
        `“${String(entry.type)}” is not a type Data Package v2 defines`,
        'Use "table" for tables, or leave it out.',
      );
    }
    if (typeof entry.encoding === 'string' && !/^utf-?8$/i.test(entry.encoding)) {
      report(
        'error',
        'resource-encoding',
        at('encoding'),
        `is “${entry.encoding}”; only UTF-8 is read`,
        'Save the file as UTF-8 (in a spreadsheet: “CSV UTF-8”).',
      );
    }
    let schemaFields: string[] | undefined;
    if (entry.type === 'table') {
      const schema = entry.schema;
      if (schema === undefined) {
        report(
          'error',
          'table-schema',
          at('schema'),
          'is missing',
          'A resource of type "table" needs a Table Schema with its "fields".',
        );
      } else if (isRecord(schema)) {
        if (!Array.isArray(schema.fields)) {
          report(
            'error',
            'table-schema',
            at('schema', 'fields'),
            'is missing',
            'A Table Schema lists its columns under "fields".',
          );
        } else {
          schemaFields = [];
          schema.fields.forEach((field, fieldIndex) => {
            if (!isRecord(field) || typeof field.name !== 'string') {
              report(
                'error',
                'table-schema',
                at('schema', 'fields', fieldIndex),
                'has no name',
                'Each field needs a "name", the column header.',
              );
            } else schemaFields!.push(field.name);
          });
        }
      } else if (typeof schema !== 'string') {
        report('error', 'table-schema', at('schema'), 'is neither a Table Schema nor the path of one');
      }
    }
    if (typeof entry.hash === 'string' && !/^([a-z0-9-]+:)?[0-9a-f]+$/i.test(entry.hash)) {
      report('error', 'resource-hash', at('hash'), 'is not a digest such as "sha256:…"');
    }
    entries.push({
      index,
      name,
      path,
      format: formatOf(entry, path),
      ...(typeof entry.type === 'string' ? { type: entry.type } : {}),
      ...(typeof entry.bytes === 'number' ? { bytes: entry.bytes } : {}),
      ...(typeof entry.hash === 'string' ? { hash: entry.hash } : {}),
      ...(schemaFields ? { schemaFields } : {}),
    });
  });
  return { problems, entries };
}
