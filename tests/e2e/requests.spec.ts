import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { recordScripts, type ScriptRead } from '../support/responseBody';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

/** Words only the charts' code holds: recharts' (the rate chart) and the bar charts' own. */
const chartCodeMarkers = ['recharts-surface', 'bar-chart__surface'];

/** The Chinese government's panel of the by-period chart, drawn, and a point over its last period. */
async function chineseGovernmentPanel(page: Page) {
  await page.goto('/requests?type=chineseGovernment');
  const panel = page.locator('[data-category="chineseGovernment"]');
  await panel.scrollIntoViewIfNeeded();
  const box = (await panel.locator('.bar-chart__surface').boundingBox())!;
  // The last of six periods, in the plot's right part, halfway up.
  return { panel, box, lastPeriod: { x: box.x + box.width - 20, y: box.y + box.height / 2 } };
}

test.describe('Requests', () => {
  test('axis labels take the theme’s muted text colour, in dark as in light', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/requests/');
    const chart = page.locator('[data-category="usLawEnforcement"]');
    await chart.scrollIntoViewIfNeeded();
    const tick = chart.locator('.chart-tick').first();
    await expect(tick).toBeVisible();
    const [fill, muted] = await tick.evaluate((text) => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--muted)';
      document.body.append(probe);
      const colours = [getComputedStyle(text).fill, getComputedStyle(probe).color];
      probe.remove();
      return colours;
    });
    expect(fill).toBe(muted);
  });

  test('the headline category panel draws and labels a visible 0 for every period', async ({ page }) => {
    await page.goto('/requests');
    await expect(
      page.getByRole('heading', { name: 'Nothing disclosed in any period: Chinese government' }),
    ).toBeVisible();
    const panel = page.locator('[data-category="chineseGovernment"]');
    await panel.scrollIntoViewIfNeeded();
    const zeros = panel.locator('.count-bar--disclosed.count-bar--exact');
    await expect(zeros).toHaveCount(6);
    for (const bar of await zeros.all()) {
      await expect(bar.locator('text')).toHaveText('0');
      const mark = (await bar.locator('rect').boundingBox())!;
      expect(mark.height).toBeGreaterThan(0);
      expect(mark.width).toBeGreaterThan(4);
    }
  });

  test('the four kinds of count are drawn differently', async ({ page }) => {
    await page.goto('/requests');
    await page.locator('[data-category="usNationalSecurity"]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-category="usNationalSecurity"] .count-bar--range').first()).toBeVisible();
    await expect(page.locator('[data-category="usNationalSecurity"] .count-bar__range').first()).toHaveAttribute(
      'fill',
      /url\(#hatch-/,
    );
    await page.locator('[data-category="civilLitigant"]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-category="civilLitigant"] .count-bar--atLeast')).toHaveCount(2);
    await page.goto('/requests?type=civilLitigant&country=GB');
    await page.locator('[data-category="civilLitigant"]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-category="civilLitigant"] .count-bar--notReported')).toHaveCount(2);
    await expect(page.locator('[data-category="civilLitigant"] .count-bar--notReported text').first()).toHaveText(
      'n/r',
    );
  });

  test('the table alternative matches the chart', async ({ page }) => {
    await page.goto('/requests?type=chineseGovernment&type=usNationalSecurity');
    const figure = page.locator('#by-period-title').locator('..');
    await figure.getByText('Show the data as a table').click();
    const table = figure.getByRole('table');
    await expect(table).toBeVisible();
    for (const type of ['chineseGovernment', 'usNationalSecurity']) {
      const panel = page.locator(`[data-category="${type}"]`);
      await panel.scrollIntoViewIfNeeded();
      await expect(panel.locator('.count-bar--received')).toHaveCount(6);
      await expect(panel.locator('.count-bar--disclosed')).toHaveCount(6);
      const chartLabels = {
        received: await panel.locator('.count-bar--received text').allTextContents(),
        disclosed: await panel.locator('.count-bar--disclosed text').allTextContents(),
      };
      const name = type === 'chineseGovernment' ? 'Chinese government' : 'US national security';
      const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
      const cells = await rows.evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td.num')].map((td) => td.textContent)),
      );
      const short = (text: string | null) => text!.replace('fewer than ', '<');
      expect(cells.map((pair) => short(pair[0]!))).toEqual(chartLabels.received);
      expect(cells.map((pair) => short(pair[1]!))).toEqual(chartLabels.disclosed);
    }
  });

  test('the CSV gives the same figures as the chart', async ({ page }) => {
    await page.goto('/requests?type=chineseGovernment&type=usNationalSecurity');
    const figure = page.locator('#by-period-title').locator('..');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Download this chart’s data (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('access-requests_by-period_v2026.2_2023-H1_2025-H2.csv');
    const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'period,category,received_kind,received_min,received_max,disclosed_kind,disclosed_min,disclosed_max',
    );
    expect(lines).toContain('2025-H2,chineseGovernment,exact,2,2,exact,0,0');
    expect(lines).toContain('2025-H2,usNationalSecurity,range,0,249,range,0,249');
    expect(lines).toHaveLength(1 + 12);
  });

  test('filters live in the URL and survive a reload', async ({ page }) => {
    await page.goto('/requests');
    await page.getByLabel('From').selectOption('2024-H1');
    await page.getByRole('checkbox', { name: 'US law enforcement' }).click();
    await expect(page.getByRole('checkbox', { name: 'US law enforcement' })).not.toBeChecked();
    await page.getByLabel('Country', { exact: true }).selectOption('US');
    await expect(page).toHaveURL(/from=2024-H1/);
    await page.reload();
    await expect(page.getByLabel('From')).toHaveValue('2024-H1');
    await expect(page.getByRole('checkbox', { name: 'US law enforcement' })).not.toBeChecked();
    await expect(page.getByLabel('Country', { exact: true })).toHaveValue('US');
    await expect(page.locator('[data-category="usLawEnforcement"]')).toHaveCount(0);
    await expect(page.locator('[data-category="civilLitigant"]')).toBeVisible();
  });

  test('charts place their axis labels without measuring text in the page', async ({ page }) => {
    // recharts measures each label in a span of its own, a forced layout each, when an axis chooses
    // its labels itself or a tick carries recharts' class (AxisTicks.tsx).
    for (const [address, sections] of [
      [
        '/requests/',
        [
          '.chart-figure:has(#rate-title)',
          '.chart-figure:has(#by-country-title)',
          '[data-category="usLawEnforcement"]',
        ],
      ],
      ['/widget.html?view=requests', ['body']],
    ] as const) {
      await page.goto(address);
      for (const section of sections) {
        await page.locator(section).scrollIntoViewIfNeeded();
        await expect(page.locator(section).locator('.count-bar').first()).toBeVisible();
        await expect(page.locator(section).locator('.chart-tick').first()).toBeVisible();
      }
      await expect(page.locator('#recharts_measurement_span')).toHaveCount(0);
    }
  });

  test('charts can be used from the keyboard, and each, a stop of its own, has a name', async ({ page }) => {
    await page.goto('/requests?type=chineseGovernment');
    await page.locator('[data-category="chineseGovernment"]').scrollIntoViewIfNeeded();
    const chart = page.locator('[data-category="chineseGovernment"] .bar-chart__surface');
    await expect(chart).toHaveAccessibleName(/^Chinese government: /);
    await page.locator('#rate-title').scrollIntoViewIfNeeded();
    await expect(page.getByRole('application', { name: /^Disclosure rate, by period/ })).toHaveAccessibleDescription(
      /.+/,
    );
    const tooltip = page.locator('[data-category="chineseGovernment"] .chart-tooltip');
    await chart.focus();
    // Focus shows the first period; the arrows step from period to period, Home and End go to the ends.
    await expect(tooltip).toContainText('H1 2023');
    await page.keyboard.press('ArrowRight');
    await expect(tooltip).toContainText('H2 2023');
    await expect(tooltip).toContainText('Received: 1');
    await expect(tooltip).toContainText('Disclosed: 0');
    await page.keyboard.press('End');
    await expect(tooltip).toContainText('H2 2025');
    await page.keyboard.press('ArrowRight');
    await expect(tooltip).toContainText('H2 2025');
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
    // Said to screen readers as it changes.
    await expect(page.locator('[data-category="chineseGovernment"] .bar-chart__tooltip')).toHaveAttribute(
      'aria-live',
      'polite',
    );
  });

  test('a chart shows the figures of the period under the pointer', async ({ page }) => {
    const { panel, box, lastPeriod } = await chineseGovernmentPanel(page);
    await page.mouse.move(lastPeriod.x, lastPeriod.y);
    await expect(panel.locator('.chart-tooltip')).toContainText('H2 2025');
    await expect(panel.locator('.chart-cursor')).toHaveCount(1);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 200);
    await expect(panel.locator('.chart-tooltip')).toHaveCount(0);
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true });

    test('a tap shows the figures of the period tapped, and they stay once the finger lifts', async ({ page }) => {
      const { panel, lastPeriod } = await chineseGovernmentPanel(page);
      await page.touchscreen.tap(lastPeriod.x, lastPeriod.y);
      await expect(panel.locator('.chart-tooltip')).toContainText('H2 2025');
      await page.getByRole('heading', { level: 1 }).tap();
      await expect(panel.locator('.chart-tooltip')).toHaveCount(0);
    });
  });

  test('fits 320 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/requests');
    await page.locator('[data-category="chineseGovernment"]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-category="chineseGovernment"] .count-bar--disclosed').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('passes axe in light and dark', async ({ page }) => {
    // Tall enough for every chart to be in view, so axe checks them all drawn.
    await page.setViewportSize({ width: 1280, height: 6000 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/requests');
      await expect(page.locator('.chart-placeholder')).toHaveCount(0);
      await expect(page.locator('.count-bar').first()).toBeVisible();
      await page.getByText('Show the data as a table').first().click();
      await expectNoSeriousAxeViolations(page);
    }
  });

  test('chart code loads once the page is idle, charts draw as they near the viewport, and print with their tables', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    const recording = recordScripts(page);
    await page.goto('/requests');
    await page.waitForLoadState('networkidle');
    // The code is fetched ahead, so a chart scrolled to draws without a round trip; none is drawn yet.
    const chartCode = (scripts: ScriptRead[], marker: string) =>
      scripts.filter((script) => script.body.includes(marker));
    for (const marker of chartCodeMarkers) {
      await expect.poll(async () => chartCode(await recording.soFar(), marker).length, marker).toBeGreaterThan(0);
    }
    await expect(page.locator('.count-bar')).toHaveCount(0);

    const rate = page.locator('#rate-title').locator('..');
    await rate.scrollIntoViewIfNeeded();
    await expect(rate.locator('.count-bar').first()).toBeVisible();
    await expect(page.locator('[data-category="usLawEnforcement"] .count-bar')).toHaveCount(0);

    await page.emulateMedia({ media: 'print' });
    for (const table of await page.locator('.chart-figure table').all()) await expect(table).toBeVisible();
    await expect(page.locator('.chart-placeholder').first()).toBeHidden();
    await recording.settled();
  });

  test('works in French', async ({ page }) => {
    await page.goto('/requests?lang=fr&type=civilLitigant&country=GB');
    await page.locator('[data-category="civilLitigant"]').scrollIntoViewIfNeeded();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Demandes portant sur les données (données des utilisateurs américains)',
    );
    await expect(page.locator('.count-bar--notReported text').first()).toHaveText('n.c.');
  });
});

test('only the Requests page downloads the chart code, only the Overview the map library', async ({ page }) => {
  for (const path of ['/', '/access-controls', '/embed', '/data']) {
    const recording = recordScripts(page);
    await page.goto(path);
    // The Overview asks for the map's code once it has hydrated: drawn, it is counted for this page, not the next.
    if (path === '/') await page.locator('.leaflet-marker-icon').first().waitFor();
    await page.waitForLoadState('networkidle');
    const loaded = await recording.settled();
    expect(
      loaded
        .filter((script) => chartCodeMarkers.some((marker) => script.body.includes(marker)))
        .map((script) => script.url),
      path,
    ).toEqual([]);
    if (path !== '/') {
      expect(
        loaded.filter((script) => script.body.includes('leaflet-container')).map((s) => s.url),
        path,
      ).toEqual([]);
    }
  }
});
