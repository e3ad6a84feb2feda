import type { PlaywrightTestConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium';

/** The browser and plain static server that every Playwright run uses against dist/. */
export function builtSiteConfig(port: number, projectRoot = '.'): Pick<PlaywrightTestConfig, 'use' | 'webServer'> {
  return {
    use: {
      baseURL: `http://localhost:${port}`,
      serviceWorkers: 'block',
      launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    },
    webServer: {
      command: `node tests/support/static-server.mjs dist ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      cwd: projectRoot,
    },
  };
}
