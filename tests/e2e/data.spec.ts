import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, expectConsoleErrorsOnly, expectNoSeriousAxeViolations, test } from './fixtures';

test.describe('Data & methodology', () => {
  test('lists every published file with its digest, and the browser check passes', async ({ page }) => {
    await page.goto('/data');
    const table = page.getByRole('table', { name: 'Downloads' });
    await expect(table.getByRole('row')).toHaveCount(1 + 24);
    await expect(
      page.getByRole('status').filter({ hasText: 'All 24 files match the published manifest' }),
    ).toBeVisible();
    const row = table.locator('tr[data-file="access-requests.csv"]');
    await expect(row).toContainText('Access requests per period, category and country (CSV)');
    await expect(row).toContainText('Matches');
    const published = await readFile('dist/api/v1/access-requests.csv');
    await expect(row.locator('code')).toHaveText(createHash('sha256').update(published).digest('hex'));
    await expect(page.getByText('sha256sum -c SHA256SUMS')).toBeVisible();
  });

  test('every download is the file the manifest describes', async ({ page, request }) => {
    await page.goto('/data');
    const links = page.getByRole('table', { name: 'Downloads' }).locator('tbody th a');
    await expect(links).toHaveCount(24);
    const manifest = await (await request.get('/api/v1/manifest.json')).json();
    for (const href of await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))) {
      const body = await (await request.get(href)).body();
      const file = href.split('/api/v1/').pop();
      const entry = manifest.files.find((item: { file: string }) => item.file === file);
      expect(createHash('sha256').update(body).digest('hex'), file).toBe(entry.sha256);
    }
  });

  test('a file changed in transit is reported as a mismatch', async ({ page }) => {
    await page.route('**/api/v1/meta.json', async (route) => {
      const response = await route.fetch();
      const text = (await response.text()).replace('2026.2', '2026.9');
      await route.fulfill({ response, body: text });
    });
    await page.goto('/data');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('1 of 24 files do not match the published manifest');
    await expect(page.locator('tr[data-file="meta.json"]')).toContainText('Does not match');
    await expect(page.locator('tr[data-file="dataset.json"]')).toContainText('Matches');
  });

  test('a file that fails to download is not called a mismatch, and Retry checks it again', async ({ page, watch }) => {
    let failing = true;
    await page.route('**/api/v1/access-requests.csv', (route) =>
      failing ? route.fulfill({ status: 500, body: '' }) : route.continue(),
    );
    await page.goto('/data');
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await expect(alert).toContainText('1 of 24 files could not be loaded, so they were not checked.');
    await expect(alert).not.toContainText('do not match');
    await expect(page.locator('tr[data-file="access-requests.csv"]')).toContainText('Could not be loaded');
    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('tr[data-file="access-requests.csv"]')).toContainText('Matches');
    await expect(page.getByRole('status').filter({ hasText: 'All 24 files match' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expectConsoleErrorsOnly(watch, [/Failed to load resource: the server responded with a status of 500/]);
  });

  test('shows each file’s result as it comes, and sums up only when every file is checked', async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/v1/access-requests.csv', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/data');
    await expect(page.locator('tr[data-file="dataset.json"]')).toContainText('Matches');
    await expect(page.locator('tr[data-file="access-requests.csv"] .verify-cell')).toHaveText('…');
    await expect(page.getByRole('status').filter({ hasText: 'Checking the files…' })).toBeVisible();
    release();
    await expect(page.locator('tr[data-file="access-requests.csv"]')).toContainText('Matches');
    await expect(page.getByRole('status').filter({ hasText: 'All 24 files match' })).toBeVisible();
  });

  test('explains the methodology and shows the changelog from the data', async ({ page }) => {
    await page.goto('/data');
    await expect(page.getByRole('heading', { name: 'Kinds of figure' })).toBeVisible();
    await expect(page.getByText(/Suppressed, for example “fewer than 5”/)).toBeVisible();
    await expect(page.getByText('H1 2023: January 1, 2023 to June 30, 2023')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Data version 2026.2, February 15, 2026' })).toBeVisible();
    await expect(page.getByText('Control AC-09 moved from partial to implemented.')).toBeVisible();
  });

  test('works in French', async ({ page }) => {
    await page.goto('/data?lang=fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Données et méthodologie');
    await expect(page.getByRole('heading', { name: 'Sortes de chiffres' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Les 24 fichiers correspondent' })).toBeVisible();
  });

  test('passes axe in light and dark', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/data');
      await expect(page.getByText(/files match the published manifest/)).toBeVisible();
      await expectNoSeriousAxeViolations(page);
    }
  });

  test('fits 320 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/data');
    await expect(page.getByText(/files match the published manifest/)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
