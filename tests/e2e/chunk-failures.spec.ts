import type { Page } from '@playwright/test';
import { expect, expectConsoleErrorsOnly, test } from './fixtures';

/** A chunk's built file, by the name rolldown gives it before its hash. */
const chunkFile = (chunk: string) => `/assets/${chunk}-[\\w-]+\\.js`;

/**
 * Fails every request for a chunk until `restore` is called, as a flaky network or a deployment
 * that removed it would. (Vite may ask for a chunk twice, preloading it then importing it.)
 */
async function failChunk(page: Page, chunk: string) {
  let failing = true;
  let failures = 0;
  await page.route(new RegExp(`${chunkFile(chunk)}$`), async (route) => {
    if (!failing) return route.continue();
    failures += 1;
    await route.abort('connectionreset');
  });
  return {
    failures: () => failures,
    restore: () => {
      failing = false;
    },
  };
}

/** The console errors a failed chunk causes, by what they say. */
const chunkErrors = (chunk: string) => [
  /Failed to load resource: net::ERR_CONNECTION_RESET/,
  new RegExp(`Failed to fetch dynamically imported module: \\S+/assets/${chunk}-`),
];

test('a chart whose code fails to load says so with a Retry, and the other charts keep drawing', async ({
  page,
  watch,
}) => {
  const chunk = 'ReceivedDisclosedBars';
  const blocked = await failChunk(page, chunk);
  await page.setViewportSize({ width: 1280, height: 6000 });
  await page.goto('/requests');
  const byPeriod = page.locator('#by-period-title').locator('..');
  const alerts = byPeriod.getByRole('alert');
  await expect(alerts.first()).toContainText('This part of the page could not be loaded.');
  expect(blocked.failures()).toBeGreaterThan(0);
  // The rate chart's code is another chunk: the queue did not stop at the failure.
  await expect(page.locator('#rate-title').locator('..').locator('.count-bar').first()).toBeVisible();
  // Each panel of the by-period chart tries its code in its turn, and says it failed.
  const panels = await byPeriod.locator('.small-multiple').count();
  await expect(alerts).toHaveCount(panels);

  blocked.restore();
  // One Retry loads the code, and every panel that lacked it draws.
  await alerts.first().getByRole('button', { name: 'Retry' }).click();
  await expect(byPeriod.locator('.small-multiple').last().locator('.count-bar').first()).toBeVisible();
  await expect(alerts).toHaveCount(0);
  await expect(byPeriod.locator('.small-multiple svg.bar-chart__surface')).toHaveCount(panels);
  expectConsoleErrorsOnly(watch, chunkErrors(chunk));
});

test('a map whose code fails to load says so with a Retry, and the key figures stay', async ({ page, watch }) => {
  const chunk = 'ResidencyMap';
  const blocked = await failChunk(page, chunk);
  await page.goto('/');
  const map = page.getByRole('region', { name: 'Map of storage locations' });
  const alert = map.getByRole('alert');
  await expect(alert).toContainText('This part of the page could not be loaded.');
  await expect(page.getByText('9 of 14')).toBeVisible();
  blocked.restore();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('button', { name: 'Virginia, United States: primary storage' })).toBeVisible();
  await expect(map.getByRole('alert')).toHaveCount(0);
  expectConsoleErrorsOnly(watch, chunkErrors(chunk));
});

/** Requests for a chunk under an address of its own (importAgain), as a browser that keeps a failure must make them. */
function recordRetries(page: Page, chunk: string) {
  const retried: string[] = [];
  page.on('request', (request) => {
    if (new RegExp(`${chunkFile(chunk)}\\?retry=\\d+$`).test(request.url())) retried.push(request.url());
  });
  return retried;
}

// The chunk's own address fails for good, as it does in a browser that keeps a failed module
// (Chromium 150 does; whatwg/html#10327 asks browsers not to): Retry must get it all the same.
test('where a failed chunk stays failed, Retry loads it under an address of its own, once for every chart', async ({
  page,
  watch,
}) => {
  const chunk = 'ReceivedDisclosedBars';
  await failChunk(page, chunk);
  const retried = recordRetries(page, chunk);
  await page.setViewportSize({ width: 1280, height: 6000 });
  await page.goto('/requests');
  const byPeriod = page.locator('#by-period-title').locator('..');
  const alerts = byPeriod.getByRole('alert');
  const panels = await byPeriod.locator('.small-multiple').count();
  await expect(alerts).toHaveCount(panels);
  await alerts.first().getByRole('button', { name: 'Retry' }).click();
  await expect(alerts).toHaveCount(0);
  await expect(byPeriod.locator('.small-multiple svg.bar-chart__surface')).toHaveCount(panels);
  expect(retried).toHaveLength(1);
  expectConsoleErrorsOnly(watch, chunkErrors(chunk));
});

test('where a failed chunk stays failed, the map’s Retry loads it under an address of its own', async ({
  page,
  watch,
}) => {
  const chunk = 'ResidencyMap';
  await failChunk(page, chunk);
  const retried = recordRetries(page, chunk);
  await page.goto('/');
  const map = page.getByRole('region', { name: 'Map of storage locations' });
  await map.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('button', { name: 'Virginia, United States: primary storage' })).toBeVisible();
  await expect(map.getByRole('alert')).toHaveCount(0);
  expect(retried).toHaveLength(1);
  expectConsoleErrorsOnly(watch, chunkErrors(chunk));
});

test('a page whose code fails to load says so, and Retry loads it', async ({ page, watch }) => {
  const chunk = 'DataPage';
  const blocked = await failChunk(page, chunk);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data & methodology' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This page could not be shown.');
  blocked.restore();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data and methodology');
  expectConsoleErrorsOnly(watch, chunkErrors(chunk));
});

const pageCodeFailures = [
  // The entry script itself: none of the page's code runs, so its inline script says so.
  { chunk: 'main', address: '/fr/requests/', text: 'Cette page n’a pas pu finir de se charger.', retry: 'Réessayer' },
  // Code the entry imports as it starts: the entry says so, in the words the inline script carries.
  { chunk: 'start', address: '/es/data/', text: 'No se pudo terminar de cargar esta página.', retry: 'Reintentar' },
];

for (const { chunk, address, text, retry } of pageCodeFailures) {
  test(`a page whose ${chunk} code cannot load says so in its language, and Retry loads it`, async ({
    browser,
    baseURL,
  }) => {
    // A context of its own: the page never becomes ready, which the shared page waits for.
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    const blocked = await failChunk(page, chunk);
    await page.goto(address);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(text);
    // The prerendered page stays readable below the alert.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    blocked.restore();
    await alert.getByRole('button', { name: retry }).click();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(consoleErrors.filter((error) => !chunkErrors(chunk).some((pattern) => pattern.test(error)))).toEqual([]);
    await context.close();
  });
}

test('a widget view whose code cannot load keeps its figures as text', async ({ page, watch }) => {
  await failChunk(page, 'widget');
  await page.goto('/widget/map/en.html');
  await expect(page.locator('html')).toHaveAttribute('data-static', '');
  await expect(page.getByRole('rowheader', { name: 'Virginia, United States' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Map of storage locations' })).toBeHidden();
  expectConsoleErrorsOnly(watch, chunkErrors('widget'));
});

test("ICU's data loads in a worker from the site itself; where it cannot start, the page works all the same", async ({
  page,
  watch,
  baseURL,
}) => {
  const workerScripts: string[] = [];
  await page.route(/\/assets\/intlWarmUp\.worker-[\w-]+\.js$/, async (route) => {
    workerScripts.push(route.request().url());
    await route.abort('connectionreset');
  });
  await page.goto('/fr/access-controls');
  expect(workerScripts).toHaveLength(1);
  expect(new URL(workerScripts[0]!).origin).toBe(new URL(baseURL!).origin);
  // The main thread made the formatters itself: the page is interactive, with its numbers written in French.
  const search = page.getByRole('searchbox');
  await expect(search).toBeEnabled();
  const count = page.locator('.controls-count');
  const everyControl = await count.textContent();
  await search.fill('chiffrement');
  await expect(count).not.toHaveText(everyControl!);
  await expect(count).toContainText(/\d/);
  expectConsoleErrorsOnly(watch, [/Failed to load resource: net::ERR_CONNECTION_RESET/]);
});
