import type { PlaywrightTestConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium';

/** Where `npm run build:fixture` writes the second package's site, and the subpath it is served under. */
export const FIXTURE_SITE = {
  dir: 'dist-fixture',
  base: '/transparency/',
  siteUrl: 'https://transparency.example/transparency/',
};

/** A plain static server for a built site, optionally under a subpath. */
export function staticServer(dir: string, port: number, base = '/', cwd = '.') {
  return {
    command: `node tests/support/static-server.mjs ${dir} ${port} ${base}`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: false,
    stdout: 'ignore' as const,
    cwd,
  };
}

/** The browser and plain static server that every Playwright run uses against dist/. */
export function builtSiteConfig(port: number, projectRoot = '.'): Pick<PlaywrightTestConfig, 'use' | 'webServer'> {
  return {
    use: {
      baseURL: `http://localhost:${port}`,
      serviceWorkers: 'block',
      launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    },
    webServer: staticServer('dist', port, '/', projectRoot),
  };
}
