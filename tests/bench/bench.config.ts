import { defineConfig } from '@playwright/test';
import { builtSiteConfig } from '../support/builtSiteConfig';
import { assertChromium } from '../support/chromium';

assertChromium();

const port = Number(process.env.BENCH_PORT ?? 4180);

/** `npm run bench`: measures the built site; a broken budget fails the run. */
export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 600_000,
  reporter: [['list']],
  ...builtSiteConfig(port, '../..'),
});
