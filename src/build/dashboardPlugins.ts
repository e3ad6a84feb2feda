import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { PublishedPackage } from '../api/datapackage';
import { pages } from '../app/routes';
import { loadPublishedPackage, PackageCheckFailed, SAMPLE_PACKAGE } from './dataPackage/loadPackage';
import { SAMPLE_TEST_KEY, signerFromSetting, type ManifestSigner } from './signing';
import { staticSite } from './staticApi';
import { skipLoadedPreloads } from './loadedPreloads';
import { landPathAsset } from './landAsset';

export const DATA_PACKAGE_MODULE = 'virtual:drd-data-package';
const RESOLVED_ID = `\0${DATA_PACKAGE_MODULE}`;

/** The development server's mock API, by a name of its own: src/ asks for it without reaching into mocks/. */
export const MOCK_API_MODULE = 'virtual:drd-mock-api';

export function mockApiModule(root: string): Plugin {
  const file = path.join(root, 'mocks/browser.ts');
  return { name: 'drd-mock-api', resolveId: (id) => (id === MOCK_API_MODULE ? file : undefined) };
}

export interface DashboardOptions {
  root: string;
  /** The package folder, already resolved. */
  packageDir: string;
  /** SIGNING_KEY: an Ed25519 private key in PEM, or the path of its file. */
  signingKey?: string;
  /** A real API serves the data (VITE_API_BASE_URL): publish and prerender nothing. */
  externalApi: boolean;
  siteUrl?: string;
  apiBaseUrl?: string;
}

/**
 * Serves the checked package to msw as a module, and re-checks it when its files change,
 * so `DATA_DIR=… npm run dev` shows a publisher's edits (or what is wrong with them).
 */
function dataPackageModule(
  initial: PublishedPackage | null,
  packageDir: string,
  load: () => ReturnType<typeof loadPublishedPackage>,
): Plugin {
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
          const loaded = await load();
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

/** The dashboard's own plugins: the data package, the static API, the prerendered pages, the map's land, and lean preload lists. */
export async function createDashboardPlugins({
  root,
  packageDir,
  signingKey,
  externalApi,
  siteUrl,
  apiBaseUrl,
}: DashboardOptions): Promise<Plugin[]> {
  let contents: PublishedPackage | null = null;
  const signer = externalApi ? null : chooseSigner(root, packageDir, signingKey);
  const load = () => loadPublishedPackage(packageDir, { siteUrl, signer });
  if (!externalApi) {
    const loaded = await load();
    contents = loaded.contents;
    if (loaded.warnings) console.warn(loaded.warnings);
  }
  return [
    skipLoadedPreloads(),
    landPathAsset(root),
    mockApiModule(root),
    dataPackageModule(contents, packageDir, load),
    staticSite({
      contents,
      routes: pages.map((page) => page.path.replace(/^\//, '')).filter(Boolean),
      siteUrl,
      apiBaseUrl,
    }),
  ];
}

/**
 * The key that signs each version's manifest: SIGNING_KEY, or for the bundled sample its own TEST
 * key, or none. Either way the build says in one line what it did.
 */
function chooseSigner(root: string, packageDir: string, signingKey: string | undefined): ManifestSigner | null {
  if (signingKey) {
    const signer = signerFromSetting(signingKey, root);
    console.info(`Manifests are signed with the key whose fingerprint is ${signer.fingerprint}.`);
    return signer;
  }
  if (packageDir === path.resolve(root, SAMPLE_PACKAGE)) {
    console.info(
      `The sample's manifests are signed with its TEST key (${path.dirname(SAMPLE_TEST_KEY)}), which proves nothing.`,
    );
    return signerFromSetting(SAMPLE_TEST_KEY, root);
  }
  console.info('No SIGNING_KEY: manifests are published unsigned (see docs/publishing.md, "Signing").');
  return null;
}
