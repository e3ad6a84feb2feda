import type { Locator } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

const languages = ['en', 'fr', 'es', 'zh-Hans', 'ar'] as const;
const routes = ['/', '/access-controls', '/requests', '/embed', '/data', '/changes'];
const views = ['stats', 'map', 'requests', 'controls'];

/** A route's own prerendered page in one language: /requests/, /fr/requests/. */
const addressIn = (lang: (typeof languages)[number], route: string) =>
  `${lang === 'en' ? '' : `/${lang}`}${route === '/' ? '/' : `${route}/`}`;

for (const lang of languages) {
  test(`every route in ${lang} passes axe in light and dark, and fits 320 px`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of routes) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(addressIn(lang, path));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expectNoSeriousAxeViolations(page);
      }
      await page.setViewportSize({ width: 320, height: 800 });
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(sideways, `${path} at 320 px`).toBeLessThanOrEqual(0);
      // A table that scrolls sideways keeps its caption whole and in view.
      const cutCaptions = await page.evaluate(() =>
        [...document.querySelectorAll('caption')]
          .map((caption) => {
            const range = document.createRange();
            range.selectNodeContents(caption);
            return { text: caption.textContent, box: range.getBoundingClientRect() };
          })
          .filter(({ box }) => box.width > 0 && (box.left < -1 || box.right > window.innerWidth + 1))
          .map(({ text }) => text),
      );
      expect(cutCaptions, `${path} at 320 px`).toEqual([]);
    }
  });

  test(`every widget view in ${lang} is in its language and passes axe`, async ({ page }) => {
    for (const view of views) {
      await page.goto(`/widget/${view}/${lang}.html`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      await expectNoSeriousAxeViolations(page);
    }
  });
}

/** Chart text that runs into other chart text, or past the chart's edge: what a reader cannot read. */
async function collidingChartText(chart: Locator) {
  return chart.evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    const boxes = [...svg.querySelectorAll('text')]
      .filter((text) => text.textContent?.trim())
      .map((text) => ({ text: text.textContent!, box: text.getBoundingClientRect() }));
    const problems = boxes
      .filter(({ box }) => box.left < frame.left - 1 || box.right > frame.right + 1)
      .map(({ text }) => `"${text}" leaves the chart`);
    boxes.forEach((a, index) => {
      for (const b of boxes.slice(index + 1)) {
        const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (across > 1 && down > 1) problems.push(`"${a.text}" runs into "${b.text}"`);
      }
    });
    return problems;
  });
}

for (const lang of languages) {
  test(`at 320 px in ${lang}, chart labels neither run into each other nor off the chart`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(addressIn(lang, '/requests'));
    for (const section of [
      '.chart-figure:has(#rate-title)',
      '.chart-figure:has(#by-country-title)',
      '[data-category="usLawEnforcement"]',
    ]) {
      // Charts are drawn as they scroll into view.
      await page.locator(section).scrollIntoViewIfNeeded();
      const chart = page.locator(section).locator('svg[role="application"]');
      await expect(chart.locator('.count-bar').first()).toBeVisible();
      expect(await collidingChartText(chart), section).toEqual([]);
    }
    await page.goto(`/widget.html?view=requests&lang=${lang}`);
    const chart = page.locator('svg[role="application"]');
    await expect(chart.locator('.count-bar').first()).toBeVisible();
    expect(await collidingChartText(chart), 'requests widget').toEqual([]);
  });
}

test('the language menu names each language in itself', async ({ page }) => {
  await page.goto('/');
  const options = page.getByRole('combobox', { name: 'Language' }).locator('option');
  await expect(options).toHaveText(['English', 'Français', 'Español', '简体中文', 'العربية']);
});

test.describe('in Arabic', () => {
  for (const width of [320, 1440]) {
    test(`every route reads right to left at ${width} px, with nothing overflowing`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of routes) {
        await page.goto(addressIn('ar', path));
        const html = page.locator('html');
        await expect(html).toHaveAttribute('dir', 'rtl');
        await expect(html).toHaveAttribute('lang', 'ar');
        const layout = await page.evaluate(() => {
          const heading = document.querySelector('h1')!;
          const main = document.querySelector('main')!;
          const links = [...document.querySelectorAll('.site-nav a')].map((link) => link.getBoundingClientRect());
          // Text that does not fit its own box (and is not meant to scroll) overflows it.
          const overflowing = [
            ...document.querySelectorAll('main h1, main h2, main h3, main p, main li, main label, main button'),
          ]
            .filter((element) => {
              const box = element as HTMLElement;
              const style = getComputedStyle(box);
              return box.clientWidth > 0 && style.overflowX === 'visible' && box.scrollWidth > box.clientWidth + 1;
            })
            .map((element) => `${element.tagName.toLowerCase()}: ${element.textContent?.slice(0, 40)}`);
          return {
            direction: getComputedStyle(heading).direction,
            // Right to left, a heading starts at the right edge of the content.
            headingGap: Math.round(main.getBoundingClientRect().right - heading.getBoundingClientRect().right),
            navRightToLeft: links.length > 1 && links[0]!.left > links[1]!.left,
            sideways: document.documentElement.scrollWidth - window.innerWidth,
            overflowing,
          };
        });
        expect(layout.direction, path).toBe('rtl');
        expect(layout.headingGap, path).toBeLessThanOrEqual(48);
        expect(layout.navRightToLeft, path).toBe(true);
        expect(layout.sideways, path).toBeLessThanOrEqual(0);
        expect(layout.overflowing, path).toEqual([]);
      }
    });
  }

  test('code, commands and the embed code read left to right, starting at the left', async ({ page }) => {
    await page.goto(addressIn('ar', '/data'));
    const command = page.locator('pre.command').first();
    await expect(command).toBeVisible();
    expect(await command.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expect(await command.evaluate((element) => getComputedStyle(element).textAlign)).toBe('left');
    await page.goto(addressIn('ar', '/embed'));
    const code = page.locator('textarea.embed-code');
    await expect(code).toHaveValue(/^<iframe /);
    expect(await code.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    // Code inside the page's sentences too: a period, the resize message, a header, a file's name.
    for (const example of ['2025-H1', 'frame-ancestors https://news.example']) {
      const inSentence = page.locator('p code, li code').filter({ hasText: example });
      expect(await inSentence.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    }
    await page.goto(addressIn('ar', '/data'));
    await expect(
      page
        .locator('p code')
        .filter({ hasText: /^manifest\.json$/ })
        .first(),
    ).toBeVisible();
  });

  test('the map’s zoom buttons are named in Arabic and sit at the start of the line, on the right', async ({
    page,
  }) => {
    await page.goto(addressIn('ar', '/'));
    const zoomIn = page.getByRole('button', { name: 'تكبير' });
    await expect(zoomIn).toBeVisible();
    await expect(page.getByRole('button', { name: 'تصغير' })).toBeVisible();
    const map = (await page.locator('.residency-map').boundingBox())!;
    const button = (await zoomIn.boundingBox())!;
    expect(map.x + map.width - (button.x + button.width)).toBeLessThan(24);
  });

  test('numbers are written with Latin digits, by choice, and time runs from the right in charts', async ({ page }) => {
    await page.goto(addressIn('ar', '/requests'));
    const chart = page.locator('[data-category="usLawEnforcement"]');
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.count-bar').first()).toBeVisible();
    // The axis names the first and the last period of the sample: 2023 is on the right.
    const first = await chart.locator('svg text').filter({ hasText: '2023' }).first().boundingBox();
    const last = await chart.locator('svg text').filter({ hasText: '2025' }).last().boundingBox();
    expect(first!.x).toBeGreaterThan(last!.x);
    await page.goto(addressIn('ar', '/'));
    await expect(page.locator('.figure-card__value').first()).toHaveText('0');
    // The controls figure, "9 of 14", in Arabic words with Latin digits.
    await expect(page.locator('.figure-card__value').nth(2)).toHaveText(/^9\D+14$/);
  });
});

test.describe('the data’s own text', () => {
  test('a French reader of the access controls sees the sample’s controls in French', async ({ page }) => {
    await page.goto(addressIn('fr', '/access-controls'));
    const table = page.locator('.controls-table');
    const row = table.locator('tbody tr').filter({ hasText: 'AC-01' });
    await expect(row.locator('td').first()).not.toHaveText(/Named accounts/);
    await expect(row.locator('td').first()).not.toHaveAttribute('lang', 'en');
    await page.goto(addressIn('fr', '/requests'));
    await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('Gouvernement chinois');
  });

  test('where Arabic has no translation, the English shows marked as English', async ({ page }) => {
    await page.goto(addressIn('ar', '/access-controls'));
    const title = page.locator('.controls-table tbody tr').first().locator('td').first();
    await expect(title).toHaveAttribute('lang', 'en');
    // Written left to right, its punctuation at its end, within the right-to-left page.
    expect(await title.evaluate((cell) => getComputedStyle(cell).direction)).toBe('ltr');
    await page.goto(addressIn('ar', '/data'));
    // The categories are translated into Arabic: no mark.
    await expect(page.locator('.methodology dt').first()).not.toHaveAttribute('lang', 'en');
  });
});
