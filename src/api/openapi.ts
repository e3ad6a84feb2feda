import { toJSONSchema } from 'zod/mini';
import { resourceDescriptions } from './resourceDescriptions';
import { RELEASES_FEED_FILE, resources, SIGNATURE_FILE, SIGNING_KEY_FILE, VERSIONS_FILE } from './resources';
import { datasetSchema, manifest, resourceSchemas, versionsIndex } from './resourceSchemas';

interface Operation {
  operationId: string;
  summary: string;
  responses: Record<string, { description: string; content: Record<string, unknown> }>;
}

function schemaName(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/** The OpenAPI 3.1 document, generated from the zod schemas. */
export function buildOpenApiDocument(dataVersion: string) {
  const entries = Object.entries(resources) as [keyof typeof resources, (typeof resources)[keyof typeof resources]][];
  const schemas = Object.fromEntries(
    entries.map(([key]) => [
      schemaName(key),
      toJSONSchema(resourceSchemas[key], { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }),
    ]),
  );
  const paths = Object.fromEntries(
    entries.map(([key, resource]) => [
      `/${resource.file}`,
      {
        get: {
          operationId: `get${schemaName(key)}`,
          summary: resourceDescriptions[key],
          responses: {
            '200': {
              description: 'OK',
              content: {
                'application/json': { schema: { $ref: `#/components/schemas/${schemaName(key)}` } },
              },
            },
          },
        },
      },
    ]),
  );
  const toSchema = (schema: typeof manifest | typeof versionsIndex | typeof datasetSchema) =>
    toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });
  const get = (operationId: string, summary: string, content: Record<string, unknown>, parameters?: unknown[]) => ({
    get: {
      operationId,
      summary,
      ...(parameters ? { parameters } : {}),
      responses: { '200': { description: 'OK', content } },
    },
  });
  const json = (name: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } });
  const binary = (type: string) => ({ [type]: { schema: { type: 'string', contentMediaType: type } } });
  const version = {
    name: 'version',
    in: 'path',
    required: true,
    description: 'A data version, as versions.json lists it. Its files never change.',
    schema: { type: 'string', pattern: '^[0-9A-Za-z][0-9A-Za-z._-]*$' },
  };
  const releases = {
    [`/${VERSIONS_FILE}`]: get(
      'getVersions',
      'Every published version, newest first, with its manifest digest.',
      json('Versions'),
    ),
    '/manifest.json': get(
      'getManifest',
      'SHA-256 digest and size of every file of the latest version.',
      json('Manifest'),
    ),
    [`/${SIGNATURE_FILE}`]: get(
      'getManifestSignature',
      'Detached Ed25519 signature (64 bytes) of manifest.json, when the site is signed.',
      binary('application/octet-stream'),
    ),
    [`/${SIGNING_KEY_FILE}`]: get(
      'getSigningKey',
      'The Ed25519 public key (SPKI, PEM) that signs every manifest.',
      binary('application/x-pem-file'),
    ),
    [`/${RELEASES_FEED_FILE}`]: get(
      'getReleasesFeed',
      'Atom feed (RFC 4287) of the releases.',
      binary('application/atom+xml'),
    ),
    '/versions/{version}/manifest.json': get('getVersionManifest', 'The manifest of one version.', json('Manifest'), [
      version,
    ]),
    [`/versions/{version}/${SIGNATURE_FILE}`]: get(
      'getVersionManifestSignature',
      'Detached Ed25519 signature of that manifest.',
      binary('application/octet-stream'),
      [version],
    ),
    '/versions/{version}/dataset.json': get('getVersionDataset', 'The whole dataset of one version.', json('Dataset'), [
      version,
    ]),
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Data-residency transparency API',
      version: `1 (data ${dataVersion})`,
      description:
        'Read-only API describing where user data is stored, who can access it, and requests for it. Served as static JSON files.',
    },
    servers: [{ url: '/api/v1' }],
    paths: { ...paths, ...releases } as Record<string, { get: Operation }>,
    components: {
      schemas: {
        ...schemas,
        Manifest: toSchema(manifest),
        Versions: toSchema(versionsIndex),
        Dataset: toSchema(datasetSchema),
      } as Record<string, unknown>,
    },
  };
}
