import { chromium } from '@playwright/test';
const [, , url, out, width = '1280', scheme = 'light'] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
});
const ctx = await browser.newContext({
  viewport: { width: Number(width), height: 900 },
  colorScheme: scheme,
  serviceWorkers: 'allow',
});
const page = await ctx.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('request', (r) => {
  if (!r.url().startsWith('http://localhost:5173')) console.log('FOREIGN', r.url());
});
await page.goto(url);
await page.waitForLoadState('networkidle');
await page.waitForTimeout(500);
const sw = await page.evaluate(() => document.documentElement.scrollWidth);
console.log('scrollWidth', sw);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
