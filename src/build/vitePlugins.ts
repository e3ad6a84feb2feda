// Loaded by vite.config.ts and vitest.config.ts. It imports nothing of the project directly:
// the build code comes through Vite's module runner, which reads TypeScript as the app does.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

export interface DashboardPluginOptions {
  root: string;
  command: 'build' | 'serve';
  /** The data package folder; defaults to DATA_DIR, then the bundled sample. */
  dataDir?: string;
  externalApi: boolean;
  siteUrl?: string;
  /** SIGNING_KEY: the key that signs each version's manifest. */
  signingKey?: string;
  /** A real API's address (VITE_API_BASE_URL), if the data is not published with the site. */
  apiBaseUrl?: string;
}

export async function dashboardPlugins(options: DashboardPluginOptions): Promise<Plugin[]> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const { module: loader } = await runnerImport<typeof import('./dataPackage/loadPackage')>(
    path.join(here, 'dataPackage/loadPackage.ts'),
    { configFile: false, logLevel: 'error' },
  );
  const { module } = await runnerImport<typeof import('./dashboardPlugins')>(path.join(here, 'dashboardPlugins.ts'), {
    configFile: false,
    logLevel: 'error',
  });
  const { module: settings } = await runnerImport<typeof import('../config/envSchema')>(
    path.join(here, '../config/envSchema.ts'),
    { configFile: false, logLevel: 'error' },
  );
  const wrongSettings = settings.environmentProblems(process.env);
  if (wrongSettings) {
    console.error(wrongSettings);
    process.exit(1);
  }
  const packageDir = loader.packageDirFor(options.root, options.dataDir);
  try {
    return await module.createDashboardPlugins({
      root: options.root,
      packageDir,
      signingKey: options.signingKey,
      externalApi: options.externalApi,
      siteUrl: options.siteUrl,
      apiBaseUrl: options.apiBaseUrl,
    });
  } catch (error) {
    const { name } = error as Error;
    if (name !== 'PackageCheckFailed' && name !== 'SigningKeyProblem') throw error;
    console.error((error as Error).message);
    if (options.command === 'serve') process.exit(1);
    return [refuseToPublish()];
  }
}

/**
 * Stops a build whose package has errors, or whose signing key cannot be used, once the output
 * folder is known, and empties that folder: a site from an earlier build would otherwise still look current.
 */
function refuseToPublish(): Plugin {
  return {
    name: 'drd-refuse-to-publish',
    configResolved(config) {
      const outDir = path.resolve(config.root, config.build.outDir);
      if (existsSync(outDir)) rmSync(outDir, { recursive: true });
      const shown = path.relative(process.cwd(), outDir) || outDir;
      console.error(`The build stopped before writing anything: ${shown}/ holds no site.`);
      process.exit(1);
    },
  };
}
