import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { buildApiFiles } from '../api/publish';
import type { Dataset } from '../../mocks/data/dataset';

export interface StaticApiOptions {
  dataset: Dataset;
  /** Paths (without leading slash) that get their own copy of index.html. */
  routes: string[];
}

/**
 * Publishes the dataset as static files under /api/v1 and copies index.html
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
    async generateBundle() {
      for (const [file, source] of await buildApiFiles(dataset)) {
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
