import { defineConfig } from '@playwright/test';
import { builtSiteConfig, FIXTURE_SITE, staticServer } from './tests/support/builtSiteConfig';
import { assertChromium } from './tests/support/chromium';

assertChromium();

const port = Number(process.env.E2E_PORT ?? 4173);
const fixturePort = port + 1;
const site = builtSiteConfig(port);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: site.use,
  projects: [
    { name: 'sample', testIgnore: /subpath\// },
    {
      // Another organisation's package, published under a subpath (npm run build:fixture).
      name: 'second package, under a subpath',
      testMatch: /subpath\//,
      use: { baseURL: `http://localhost:${fixturePort}${FIXTURE_SITE.base}` },
    },
  ],
  webServer: [staticServer('dist', port), staticServer(FIXTURE_SITE.dir, fixturePort, FIXTURE_SITE.base)],
});
