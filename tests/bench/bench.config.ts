import { defineConfig } from '@playwright/test';
import { builtSiteConfig } from '../support/builtSiteConfig';
import { assertChromium, chromiumPath } from '../support/chromium';
import { benchChromiumArgs } from './benchBrowser';

assertChromium();

const port = Number(process.env.BENCH_PORT ?? 4180);
const site = builtSiteConfig(port, '../..');

/** `npm run bench`: measures the built site; a broken budget fails the run. */
export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 600_000,
  reporter: [['list']],
  ...site,
  use: { ...site.use, launchOptions: { executablePath: chromiumPath, args: benchChromiumArgs } },
});
