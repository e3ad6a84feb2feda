import { defineConfig } from '@playwright/test';
import { builtSiteConfig } from './tests/support/builtSiteConfig';
import { assertChromium } from './tests/support/chromium';

assertChromium();

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  ...builtSiteConfig(port),
});
