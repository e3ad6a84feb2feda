import { toJSONSchema } from 'zod/mini';
import { resourceDescriptions } from './resourceDescriptions';
import { resources } from './resources';
import { resourceSchemas } from './resourceSchemas';

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
  return {
    openapi: '3.1.0',
    info: {
      title: 'Data-residency transparency API',
      version: `1 (data ${dataVersion})`,
      description:
        'Read-only API describing where user data is stored, who can access it, and requests for it. Served as static JSON files.',
    },
    servers: [{ url: '/api/v1' }],
    paths,
    components: { schemas },
  };
}
