import { createHash } from 'node:crypto';
import { expect, test } from '../fixtures';

// The site built from tests/fixtures/packages/eu-quarterly and served under /transparency/
// (npm run build:fixture): another organisation, scope, set of places, kind of period and
// kind of category. Paths here are relative to that base.

/** Words of the bundled sample that a site built from another package must never say. */
// The sample's words; "Simplified Chinese" names a language of the interface, not the sample's requester.
const SAMPLE_WORDS = /Virginia|Singapore|US user data|Chinese government|China|chinois|Example Platform/i;

const pages = ['', 'access-controls', 'requests', 'embed', 'data'];
const widgetViews = ['stats', 'map', 'requests', 'controls'];

/** Everything a reader or a search engine gets from a page: its words, title, descriptions and names. */
async function everythingSaid(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [alt], meta[content], textarea, input')]
      .map((element) =>
        [
          element.getAttribute('aria-label'),
          element.getAttribute('title'),
          element.getAttribute('alt'),
          element.getAttribute('content'),
          (element as HTMLTextAreaElement).value,
        ].join(' '),
      )
      .join(' ');
    return `${document.title} ${document.body.innerText} ${attributes}`;
  });
}

test.describe("another organisation's package", () => {
  for (const path of pages) {
    test(`/${path} speaks of that package only`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('footer')).toContainText('Data version 2026.1');
      if (path === 'embed') await expect(page.locator('textarea')).toHaveValue(/widget\//);
      expect(await everythingSaid(page)).not.toMatch(SAMPLE_WORDS);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        `https://transparency.example/transparency/${path ? `${path}/` : ''}`,
      );
    });
  }

  for (const view of widgetViews) {
    test(`the ${view} widget speaks of that package only`, async ({ page }) => {
      await page.goto(`widget.html?view=${view}`);
      await expect(page.locator('.widget-source')).toContainText('Nordlicht Social (sample), data version 2026.1');
      expect(await everythingSaid(page)).not.toMatch(SAMPLE_WORDS);
    });
  }

  test('the overview states its scope, its headline category as a share, and its three places', async ({ page }) => {
    await page.goto('');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where EU user data is stored');
    const card = page.locator('.figure-card').filter({ hasText: 'Disclosures: Emergency disclosure requests' });
    await expect(card.locator('.figure-card__value')).toHaveText(/^\d+(\.\d)?% – \d+(\.\d)?% of requests$/);
    await expect(card).toContainText('some EU user data was disclosed for');
    for (const name of [
      'Dublin, Ireland: primary storage',
      'Frankfurt, Germany: backup storage',
      'Oslo, Norway: backup storage',
    ]) {
      await expect(page.getByRole('button', { name })).toBeVisible();
    }
    await expect(page.locator('path.map-flow')).toHaveCount(2);
  });

  test('requests are by quarter and by legal process, with disclosures drawn as shares', async ({ page }) => {
    await page.goto('requests');
    await expect(
      page.getByRole('heading', { name: 'Data was disclosed: Emergency disclosure requests' }),
    ).toBeVisible();
    await expect(page.getByLabel('From').locator('option')).toHaveText([
      'Q1 2024',
      'Q2 2024',
      'Q3 2024',
      'Q4 2024',
      'Q1 2025',
      'Q2 2025',
      'Q3 2025',
      'Q4 2025',
    ]);
    for (const name of ['Legal process', 'Emergency disclosure requests', 'Preservation requests']) {
      await expect(page.getByRole('checkbox', { name })).toBeChecked();
    }
    await expect(page.getByText(/A share \(%\)/)).toBeVisible();
    const panel = page.locator('[data-category="preservation"]');
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.locator('.count-bar--disclosed.count-bar--share').first()).toBeVisible();
    await expect(panel.locator('.count-bar--disclosed text').last()).toHaveText('0%');
    await page.locator('#by-period-title').locator('..').getByText('Show the data as a table').click();
    const row = page.getByRole('row', { name: /^Emergency disclosure requests Q4 2025/ });
    await expect(row).toContainText('% of requests');
  });

  test('the controls page lists its 25 controls and its quarterly audits', async ({ page }) => {
    await page.goto('access-controls');
    await expect(page.getByText('Showing 25 of 25 controls.')).toBeVisible();
    await expect(page.getByLabel('Reporting period').locator('option').first()).toHaveText(/Q\d 202\d/);
  });

  test('the data page explains quarters and the categories, and every file matches its manifest', async ({
    page,
    request,
  }) => {
    await page.goto('data');
    await expect(page.getByText('Figures are reported per quarter.', { exact: false })).toBeVisible();
    await expect(page.getByText('Preservation requests', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'files match the published manifest for data version 2026.1' }),
    ).toBeVisible();
    const links = page.getByRole('table', { name: 'Downloads' }).locator('tbody th a');
    const manifest = await (await request.get('api/v1/manifest.json')).json();
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(hrefs.length).toBe(manifest.files.length);
    for (const href of hrefs) {
      expect(new URL(href).pathname).toMatch(/^\/transparency\/api\/v1\//);
      const body = await (await request.get(href)).body();
      const entry = manifest.files.find((item: { file: string }) => item.file === href.split('/api/v1/').pop());
      expect(createHash('sha256').update(body).digest('hex'), href).toBe(entry.sha256);
      expect(body.toString('utf8'), href).not.toMatch(SAMPLE_WORDS);
    }
    const descriptor = await (await request.get('api/v1/datapackage.json')).json();
    expect(descriptor).toMatchObject({ version: '2026.1', name: expect.stringMatching(/^[a-z0-9-]+$/) });
  });

  test('the embed code points at this site, under its subpath', async ({ page }) => {
    await page.goto('embed');
    await expect(page.locator('textarea')).toHaveValue(
      /src="http:\/\/localhost:\d+\/transparency\/widget\/stats\/en\.html"/,
    );
    await expect(page.frameLocator('iframe').locator('.widget-title')).toHaveText('Key figures: EU user data');
  });
});
