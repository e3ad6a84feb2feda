import * as z from 'zod/mini';
import { resourceDescriptions } from './resourceDescriptions';
import { resourceKeys, resources, type Dataset } from './resources';
import type { TranslationFile } from './schemas';
import { tables, type TabularKey } from './tables/registry';
import type { Column } from './tables/table';

/** The profiles of Frictionless Data Package v2 that the published descriptor declares. */
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

const text = () => z.string().check(z.minLength(1));

// That a licence has a name or a path is one of the descriptor rules, reported there.
const license = z.object({ name: z.optional(text()), path: z.optional(text()), title: z.optional(text()) });

const party = z.object({
  title: text(),
  path: z.optional(text()),
  email: z.optional(text()),
  roles: z.optional(z.array(text())),
});

/**
 * What a publisher's datapackage.json says about the package as a whole. The build
 * carries it into the published descriptor, so a package rebuilt from it says the same.
 */
export const packageInfo = z.object({
  name: z.optional(text()),
  id: z.optional(text()),
  title: z.optional(text()),
  description: z.optional(z.string()),
  homepage: z.optional(text()),
  version: z.optional(text()),
  created: z.optional(text()),
  keywords: z.optional(z.array(text())),
  licenses: z.optional(z.array(license)),
  contributors: z.optional(z.array(party)),
  sources: z.optional(z.array(party)),
});
export type PackageInfo = z.infer<typeof packageInfo>;
export const packageInfoKeys = Object.keys(packageInfo.shape) as (keyof PackageInfo)[];

/** Every file published under /api/v1/, by path: text as it is, binary (signatures) in base64. */
export interface ApiFiles {
  text: Record<string, string>;
  binary: Record<string, string>;
}

/** A checked package: the data the site publishes, and what its descriptor says about it. */
export interface PublishedPackage {
  dataset: Dataset;
  info: PackageInfo;
  /** The files of every version, made by the build; without them, only the latest's are served. */
  files?: ApiFiles;
  /** The package's translations of its own text, by language (translations/<lang>.json). */
  translations?: Record<string, TranslationFile>;
}

/** A published file's size and digest, as the descriptor states them. */
export interface FileFacts {
  bytes: number;
  sha256: string;
}

function tableSchema(key: TabularKey) {
  const table = tables[key];
  const field = (column: Column) => ({
    name: column.name,
    type: column.type,
    description: column.description,
    ...(column.required || column.enum
      ? {
          constraints: {
            ...(column.required ? { required: true } : {}),
            ...(column.enum ? { enum: [...column.enum] } : {}),
          },
        }
      : {}),
  });
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    fields: table.columns.map(field),
    missingValues: [''],
    ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
    ...(table.foreignKeys
      ? {
          foreignKeys: table.foreignKeys.map((foreignKey) => ({
            fields: foreignKey.fields,
            reference: { resource: resources[foreignKey.resource].name, fields: foreignKey.referenceFields },
          })),
        }
      : {}),
  };
}

export const csvFileOf = (key: TabularKey) => `${resources[key].name}.csv`;

/**
 * The published datapackage.json: every tabular resource as its CSV file with a Table
 * Schema, and meta as JSON. Used as a build's input, it rebuilds the same site. Without
 * facts (a package to edit), it states no sizes or digests.
 */
export function buildDescriptor(dataset: Dataset, info: PackageInfo, facts?: (file: string) => FileFacts) {
  const fileResource = (key: (typeof resourceKeys)[number]) => {
    const resource = resources[key];
    const tabular = key !== 'meta';
    const path = tabular ? csvFileOf(key) : resource.file;
    const fileFacts = facts?.(path);
    return {
      name: resource.name,
      ...(tabular ? { type: 'table' } : {}),
      path,
      description: resourceDescriptions[key],
      format: tabular ? 'csv' : 'json',
      mediatype: tabular ? 'text/csv' : 'application/json',
      encoding: 'utf-8',
      ...(fileFacts ? { bytes: fileFacts.bytes, hash: `sha256:${fileFacts.sha256}` } : {}),
      ...(tabular ? { schema: tableSchema(key) } : {}),
    };
  };
  return {
    $schema: DATA_PACKAGE_PROFILE,
    ...info,
    version: dataset.meta.dataVersion,
    resources: resourceKeys.map(fileResource),
  };
}
