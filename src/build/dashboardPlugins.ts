import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { PublishedPackage } from '../api/datapackage';
import { pages } from '../app/routes';
import { loadCheckedPackage, PackageCheckFailed } from './dataPackage/loadPackage';
import { staticSite } from './staticApi';

export const DATA_PACKAGE_MODULE = 'virtual:drd-data-package';
const RESOLVED_ID = `\0${DATA_PACKAGE_MODULE}`;

export interface DashboardOptions {
  /** The package folder, already resolved. */
  packageDir: string;
  /** A real API serves the data (VITE_API_BASE_URL): publish and prerender nothing. */
  externalApi: boolean;
  siteUrl?: string;
  apiBaseUrl?: string;
}

/**
 * Serves the checked package to msw as a module, and re-checks it when its files change,
 * so `DATA_DIR=… npm run dev` shows a publisher's edits (or what is wrong with them).
 */
function dataPackageModule(initial: PublishedPackage | null, packageDir: string): Plugin {
  let contents = initial;
  return {
    name: 'drd-data-package',
    resolveId: (id) => (id === DATA_PACKAGE_MODULE ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (!contents) throw new Error('No data package is loaded: VITE_API_BASE_URL points at a real API.');
      return `export default ${JSON.stringify(contents)};`;
    },
    configureServer(server: ViteDevServer) {
      if (!contents) return;
      server.watcher.add(packageDir);
      server.watcher.on('change', async (file) => {
        if (!path.resolve(file).startsWith(packageDir + path.sep)) return;
        try {
          const loaded = await loadCheckedPackage(packageDir);
          contents = loaded.contents;
          if (loaded.warnings) server.config.logger.warn(loaded.warnings);
          const module = server.moduleGraph.getModuleById(RESOLVED_ID);
          if (module) server.moduleGraph.invalidateModule(module);
          server.ws.send({ type: 'full-reload' });
          server.config.logger.info(`Data package reloaded from ${path.relative(server.config.root, packageDir)}.`);
        } catch (error) {
          if (!(error instanceof PackageCheckFailed)) throw error;
          server.config.logger.error(`${error.report}\nThe page keeps the last data that passed the check.`);
        }
      });
    },
  };
}

/** The dashboard's own plugins: the data package, the static API and the prerendered pages. */
export async function createDashboardPlugins({
  packageDir,
  externalApi,
  siteUrl,
  apiBaseUrl,
}: DashboardOptions): Promise<Plugin[]> {
  let contents: PublishedPackage | null = null;
  if (!externalApi) {
    const loaded = await loadCheckedPackage(packageDir);
    contents = loaded.contents;
    if (loaded.warnings) console.warn(loaded.warnings);
  }
  return [
    dataPackageModule(contents, packageDir),
    staticSite({
      contents,
      routes: pages.map((page) => page.path.replace(/^\//, '')).filter(Boolean),
      siteUrl,
      apiBaseUrl,
    }),
  ];
}
