import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { buildOpenApiDocument } from '../api/openapi';
import { resources, type ResourceKey } from '../api/resources';
import type { Dataset } from '../../mocks/data/dataset';

export interface StaticApiOptions {
  dataset: Dataset;
  /** Paths (without leading slash) that get their own copy of an HTML entry. */
  routes: string[];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Every file of /api/v1, validated against the schemas, as path → text. */
export function buildApiFiles(dataset: Dataset): Map<string, string> {
  const files = new Map<string, string>();
  const keys = Object.keys(resources) as ResourceKey[];
  for (const key of keys) {
    const resource = resources[key];
    const parsed = resource.schema.safeParse(dataset[key]);
    if (!parsed.success) {
      throw new Error(`Sample data for ${resource.name} does not match its schema: ${parsed.error.message}`);
    }
    files.set(resource.file, `${JSON.stringify(parsed.data, null, 2)}\n`);
  }
  files.set('dataset.json', `${JSON.stringify(dataset, null, 2)}\n`);
  files.set('openapi.json', `${JSON.stringify(buildOpenApiDocument(dataset.meta.dataVersion), null, 2)}\n`);
  const manifest = {
    dataVersion: dataset.meta.dataVersion,
    generated: dataset.meta.lastUpdated,
    algorithm: 'SHA-256',
    files: [...files].map(([file, text]) => ({
      path: `api/v1/${file}`,
      bytes: Buffer.byteLength(text),
      sha256: sha256(text),
    })),
  };
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}

/**
 * Publishes the dataset as static JSON under /api/v1 and copies index.html
 * into each route's folder, so deep links work on any static host.
 */
export function staticApi({ dataset, routes }: StaticApiOptions): Plugin {
  let outDir = 'dist';
  return {
    name: 'drd-static-api',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    generateBundle() {
      for (const [file, source] of buildApiFiles(dataset)) {
        this.emitFile({ type: 'asset', fileName: `api/v1/${file}`, source });
      }
    },
    async writeBundle() {
      const indexHtml = await readFile(path.join(outDir, 'index.html'), 'utf8');
      for (const route of routes) {
        const folder = path.join(outDir, route);
        await mkdir(folder, { recursive: true });
        await writeFile(path.join(folder, 'index.html'), indexHtml);
      }
    },
  };
}
