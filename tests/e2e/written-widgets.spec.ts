import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The widget views the build writes for each language: the stats and controls views carry no
// framework, the map and requests views hydrate; widget.html sends old embed codes to them.

function scriptsRequested(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  return scripts;
}

for (const view of ['stats', 'controls'] as const) {
  test(`the ${view} view is its HTML alone: no script file, and its figures in the page`, async ({ page }) => {
    const scripts = scriptsRequested(page);
    const response = await page.goto(`/widget/${view}/fr.html`);
    const html = await response!.text();
    // The figures are in what the server sent, not drawn afterwards.
    // In French, the data's own text too: the sample translates it.
    expect(html).toContain(view === 'stats' ? '9 sur 14' : 'Comptes nominatifs avec MFA par clé matérielle');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
  });
}

test('the map and requests views written for a language hydrate, and then work as the app does', async ({ page }) => {
  await page.goto('/widget/map/en.html');
  await page.getByRole('button', { name: 'Singapore, Singapore: backup storage' }).click();
  await expect(page.getByRole('link', { name: /View the full report/ })).toHaveAttribute('href', /[?&]location=/);
  await page.goto('/widget/requests/2024-H1/fr.html');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('S1 2024');
  await expect(page.locator('.count-bar--disclosed').first()).toBeVisible();
});

test('old widget.html embed codes open the page written for them, with their language, theme and period', async ({
  page,
}) => {
  await page.goto('/widget.html?view=controls&lang=fr&theme=dark');
  await expect(page).toHaveURL(/\/widget\/controls\/fr\.html\?theme=dark$/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contrôles d’accès des employés');
  await page.goto('/widget.html?view=requests&period=2024-H1');
  await expect(page).toHaveURL(/\/widget\/requests\/2024-H1\/en\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('H1 2024');
});

test('a written view says so when newer figures have been published since it was made', async ({ page }) => {
  const note = page.getByRole('status').filter({ hasText: 'Newer figures have been published' });
  await page.goto('/widget/stats/en.html');
  await expect(page.locator('#drd-stale')).toHaveAttribute('data-checked-against', /.+/);
  await expect(note).toBeHidden();

  await page.route('**/api/v1/meta.json', async (route) => {
    const response = await route.fetch();
    const meta = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...meta, dataVersion: '2099.1' } });
  });
  await page.reload();
  await expect(page.locator('#drd-stale')).toHaveAttribute('data-checked-against', '2099.1');
  await expect(note).toBeVisible();
  // The figures stay: the note sends the reader to the full report, it does not hide anything.
  await expect(page.getByText('9 of 14')).toBeVisible();
});
