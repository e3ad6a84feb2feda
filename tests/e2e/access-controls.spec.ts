import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

const rows = (page: Page) => page.getByRole('table', { name: 'Controls' }).locator('tbody tr');

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test.describe('Access controls', () => {
  test('a regulator finds the unimplemented controls of one framework, and the view survives a reload', async ({
    page,
  }) => {
    await page.goto('/access-controls');
    await page.getByLabel('Framework', { exact: true }).selectOption('ISO27001');
    await page.getByLabel('Status', { exact: true }).selectOption('planned');
    await expect(rows(page)).toHaveCount(2);
    await page.getByRole('button', { name: 'Sort by Last reviewed' }).click();
    await page.getByRole('button', { name: 'Sort by Last reviewed' }).click();
    await expect(page).toHaveURL(/status=planned/);
    await expect(page).toHaveURL(/framework=ISO27001/);
    await expect(page).toHaveURL(/sort=lastReviewed&dir=desc/);
    await page.reload();
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).first()).toContainText('AC-10');
    await expect(page.getByLabel('Framework', { exact: true })).toHaveValue('ISO27001');
  });

  test('a shared URL with a search opens the same view', async ({ page }) => {
    await page.goto('/access-controls?q=vendor');
    await expect(rows(page)).toHaveCount(1);
    await expect(page.getByLabel('Search controls')).toHaveValue('vendor');
  });

  test('a permalink opens the control on a plain static server, and links between controls work', async ({ page }) => {
    await page.goto('/access-controls#AC-12');
    const detail = page.getByRole('region', { name: 'AC-12: Vendor access through monitored gateway' });
    await expect(detail).toBeVisible();
    await expect(detail).toContainText('Gateway configuration summary');
    await page.getByRole('link', { name: 'Permalink to AC-03' }).click();
    await expect(page.getByRole('region', { name: /^AC-03:/ })).toBeVisible();
    await expect(page).toHaveURL(/#AC-03$/);
  });

  test('downloads the shown rows and the whole set as CSV and JSON', async ({ page }) => {
    await page.goto('/access-controls?status=planned');
    await expect(rows(page)).toHaveCount(2);

    const filteredCsv = await download(page, 'Shown rows as CSV');
    expect(filteredCsv.name).toBe('access-controls_v2026.2_2025-12-31_filtered.csv');
    const lines = filteredCsv.text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^AC-10,Pseudonymised data for analytics,dataProtection,planned,/);

    const filteredJson = await download(page, 'Shown rows as JSON');
    expect(filteredJson.name).toBe('access-controls_v2026.2_2025-12-31_filtered.json');
    const record = JSON.parse(filteredJson.text);
    expect(record.controls.map((control: { id: string }) => control.id)).toEqual(['AC-10', 'AC-14']);
    expect(record.view).toContain('status=planned');

    const allCsv = await download(page, 'All controls as CSV');
    expect(allCsv.name).toBe('access-controls_v2026.2_2025-12-31_all.csv');
    expect(allCsv.text.trimEnd().split('\r\n')).toHaveLength(15);

    const allJson = await download(page, 'All controls as JSON');
    expect(JSON.parse(allJson.text).controls).toHaveLength(14);
  });

  test('prints as a clean record: no navigation or controls, every row, evidence URLs written out', async ({
    page,
  }) => {
    // About the width of an A4 page at 96 dpi.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.goto('/access-controls');
    await expect(rows(page)).toHaveCount(14);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Shown rows as CSV' })).toBeHidden();
    await expect(page.getByText(/^Record of http:\/\/localhost:\d+\/access-controls/)).toBeVisible();
    await expect(rows(page)).toHaveCount(14);
    await expect(page.getByText('https://example.org/transparency/evidence/ac-01.pdf')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  test('fits 320 px: the wide table scrolls inside its own box', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/access-controls');
    await expect(rows(page)).toHaveCount(14);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('passes axe in light and dark, with a control open', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/access-controls?review=overdue#AC-05');
      await expect(page.getByRole('region', { name: /^AC-05:/ })).toBeVisible();
      await expectNoSeriousAxeViolations(page);
    }
  });

  test('works in French', async ({ page }) => {
    await page.goto('/access-controls?lang=fr&framework=SOC2');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contrôles d’accès des employés et audits');
    await expect(page.getByText(/contrôles affichés sur 14/)).toBeVisible();
    const csv = await download(page, 'Lignes affichées en CSV');
    expect(csv.name).toMatch(/_filtered\.csv$/);
  });
});
