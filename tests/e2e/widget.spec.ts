import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { recordScripts } from '../support/responseBody';
import { expect, test } from './fixtures';

// The host page lives on another origin: 127.0.0.1 on its own port, against the widget on localhost.
let host: Server;
let hostOrigin = '';
let hostHtml = '';

test.beforeAll(async () => {
  host = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostHtml);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));
test.use({ allowedOrigins: [] });

const options = (page: Page) => page.getByRole('form', { name: 'Options' });

async function snippetFromGenerator(page: Page, view: string, extra: (page: Page) => Promise<void> = async () => {}) {
  await page.goto('/embed');
  await expect(page.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/widget\//);
  await options(page).getByLabel('View', { exact: true }).selectOption(view);
  await extra(page);
  const code = page.getByRole('textbox', { name: 'Embed code' });
  // The generator gives the page the build wrote for the view.
  await expect(code).toHaveValue(new RegExp(`widget/${view}/`));
  return code.inputValue();
}

/** The snippet as sites that sandbox what they embed write it: scripts, but no origin of its own. */
const sandboxed = (snippet: string) => snippet.replace('<iframe ', '<iframe sandbox="allow-scripts" ');

async function hostWith(page: Page, snippets: string[]) {
  hostHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body style="margin:0;font-family:sans-serif"><h1>A news article</h1>${snippets.join('\n<p>Between the widgets.</p>\n')}</body></html>`;
  await page.goto(hostOrigin);
}

async function widgetFrame(page: Page, index = 0): Promise<Frame> {
  const handle = await page.locator('iframe[data-drd-widget]').nth(index).elementHandle();
  const frame = await handle!.contentFrame();
  return frame!;
}

async function expectFitted(page: Page, index = 0) {
  const iframe = page.locator('iframe[data-drd-widget]').nth(index);
  const frame = await widgetFrame(page, index);
  // The frame is as tall as its content, and the content does not scroll inside it.
  await expect
    .poll(async () => {
      const frameHeight = (await iframe.boundingBox())!.height;
      const { contentHeight, innerScroll } = await frame.evaluate(() => ({
        contentHeight: document.documentElement.scrollHeight,
        innerScroll: document.documentElement.scrollHeight - window.innerHeight,
      }));
      return Math.max(Math.abs(frameHeight - contentHeight), innerScroll);
    })
    .toBeLessThanOrEqual(1);
}

test.describe('embeddable widget on another origin', () => {
  for (const view of ['stats', 'map', 'requests', 'controls'] as const) {
    test(`the ${view} view shows its data and fits its content`, async ({ page, watch }) => {
      const snippet = await snippetFromGenerator(page, view);
      watch.foreignRequests.length = 0;
      await hostWith(page, [snippet]);
      const frame = await widgetFrame(page);
      const expectations = {
        stats: () => expect(frame.getByText('9 of 14')).toBeVisible(),
        map: () =>
          expect(frame.getByRole('button', { name: 'Virginia, United States: primary storage' })).toBeVisible(),
        requests: () => expect(frame.locator('.count-bar--disclosed').first()).toBeVisible(),
        controls: () => expect(frame.getByRole('cell', { name: 'Named accounts with hardware-key MFA' })).toBeVisible(),
      };
      await expectations[view]();
      await expectFitted(page);
      const link = frame.getByRole('link', { name: /View the full report/ });
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', /noopener/);
      const results = await new AxeBuilder({ page }).include('iframe').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => v.id)).toEqual([]);
      // The host page and the widget's own origin are the only ones contacted.
      const origins = new Set(watch.foreignRequests.map((url) => new URL(url).origin));
      expect([...origins].filter((origin) => origin !== hostOrigin)).toEqual([]);
      watch.foreignRequests.length = 0;
    });
  }

  for (const view of ['stats', 'map', 'requests', 'controls'] as const) {
    test(`in a frame sandboxed without an origin, the ${view} view shows its data as text and fits it`, async ({
      page,
      watch,
    }) => {
      const snippet = sandboxed(await snippetFromGenerator(page, view));
      watch.foreignRequests.length = 0;
      await hostWith(page, [snippet]);
      const frame = await widgetFrame(page);
      // The page as the build wrote it, with nothing it asked for refused (that would be a console error).
      await expect(frame.locator('html')).toHaveAttribute('data-ready', '');
      const expectations = {
        stats: () => expect(frame.getByText('9 of 14')).toBeVisible(),
        map: async () => {
          await expect(frame.getByRole('rowheader', { name: 'Virginia, United States' })).toBeVisible();
          await expect(frame.getByRole('region', { name: 'Map of storage locations' })).toBeHidden();
        },
        requests: async () => {
          await expect(frame.getByRole('rowheader', { name: 'Chinese government' })).toBeVisible();
          await expect(frame.getByRole('row', { name: /US national security 0–249 0–249/ })).toBeVisible();
        },
        controls: () => expect(frame.getByRole('cell', { name: 'Named accounts with hardware-key MFA' })).toBeVisible(),
      };
      await expectations[view]();
      await expectFitted(page);
      await expect(frame.getByRole('link', { name: /View the full report/ })).toBeVisible();
      const results = await new AxeBuilder({ page }).include('iframe').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => v.id)).toEqual([]);
      watch.foreignRequests.length = 0;
    });
  }

  test('the stats view loads neither the map nor the chart code', async ({ page, watch }) => {
    const recording = recordScripts(page);
    // widget.html, given something only it shows (an unknown period), runs the whole widget.
    await page.goto('/widget.html?view=stats&lang=en&period=2025-H1');
    await expect(page.getByText('9 of 14')).toBeVisible();
    await page.waitForLoadState('networkidle');
    const scripts = await recording.settled();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.some((script) => script.body.includes('recharts-surface'))).toBe(false);
    expect(scripts.some((script) => script.body.includes('bar-chart__surface'))).toBe(false);
    expect(scripts.some((script) => script.body.includes('leaflet-container'))).toBe(false);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('several widgets on one page resize independently, in their language and theme', async ({ page, watch }) => {
    const french = await snippetFromGenerator(page, 'stats', async (p) => {
      await options(p).getByLabel('Language', { exact: true }).selectOption('fr');
      await options(p).getByLabel('Theme', { exact: true }).selectOption('dark');
    });
    const controls = await snippetFromGenerator(page, 'controls');
    watch.foreignRequests.length = 0;
    await hostWith(page, [french, controls]);
    const first = await widgetFrame(page, 0);
    await expect(first.getByText('9 sur 14')).toBeVisible();
    await expect(first.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(first.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectFitted(page, 0);
    const second = await widgetFrame(page, 1);
    await expect(second.getByRole('cell', { name: 'Named accounts with hardware-key MFA' })).toBeVisible();
    await expectFitted(page, 1);
    const heights = await page
      .locator('iframe[data-drd-widget]')
      .evaluateAll((frames) => frames.map((frame) => frame.getBoundingClientRect().height));
    expect(heights[0]).not.toBe(heights[1]);
    watch.foreignRequests.length = 0;
  });

  test('the host script ignores messages from anything but its frames, and bounds the height', async ({
    page,
    watch,
  }) => {
    const snippet = await snippetFromGenerator(page, 'stats');
    watch.foreignRequests.length = 0;
    await hostWith(page, [snippet]);
    const frame = await widgetFrame(page);
    await expect(frame.getByText('9 of 14')).toBeVisible();
    await expectFitted(page);
    // Every height the host script sets is recorded, so that what it ignored can be proven.
    await page.evaluate(() => {
      const frameElement = document.querySelector('iframe')!;
      const heights: string[] = [];
      (window as unknown as { heightsSet: string[] }).heightsSet = heights;
      const style = frameElement.style;
      Object.defineProperty(style, 'height', {
        get: () => style.getPropertyValue('height'),
        set: (value: string) => {
          heights.push(value);
          style.setProperty('height', value);
        },
      });
    });
    await page.evaluate(() => window.postMessage({ type: 'drd-widget:resize', height: 3 }, '*'));
    await frame.evaluate(() => window.parent.postMessage({ type: 'drd-widget:resize', height: 'Infinity' }, '*'));
    await frame.evaluate(() => window.parent.postMessage({ type: 'drd-widget:resize', height: -5 }, '*'));
    // Messages arrive in order: once this last, valid one has been applied, the others were handled.
    await frame.evaluate(() => window.parent.postMessage({ type: 'drd-widget:resize', height: 321 }, '*'));
    const heightsSet = () => page.evaluate(() => (window as unknown as { heightsSet: string[] }).heightsSet);
    await expect.poll(heightsSet).toContain('321px');
    // The widget may report its own height meanwhile; what came from elsewhere or was absurd was never applied.
    expect((await heightsSet()).slice(0, (await heightsSet()).indexOf('321px'))).toEqual(
      expect.not.arrayContaining(['3px', '0px']),
    );
    expect((await heightsSet()).filter((value) => !/^\d+px$/.test(value))).toEqual([]);
    await frame.evaluate(() => window.parent.postMessage({ type: 'drd-widget:resize', height: 1e9 }, '*'));
    await expect.poll(async () => (await page.locator('iframe').boundingBox())!.height).toBe(5000);
    watch.foreignRequests.length = 0;
  });

  test('without the host script the frame keeps its default height and scrolls inside', async ({ page, watch }) => {
    const snippet = await snippetFromGenerator(page, 'controls');
    watch.foreignRequests.length = 0;
    await hostWith(page, [snippet.split('\n<script>')[0]!]);
    const frame = await widgetFrame(page);
    await expect(frame.getByRole('cell', { name: 'Named accounts with hardware-key MFA' })).toBeVisible();
    expect((await page.locator('iframe').boundingBox())!.height).toBe(640);
    const scrollable = await frame.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
    expect(scrollable).toBe(true);
    watch.foreignRequests.length = 0;
  });
});

test('a malformed widget URL explains itself instead of showing a blank frame', async ({ page }) => {
  await page.goto('/widget.html?view=pie&lang=de&colour=red');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This widget cannot be shown as configured.');
  await expect(alert).toContainText('“pie” is not a valid value for view');
  await expect(alert).toContainText('“de” is not a valid value for lang');
  await expect(alert).toContainText('Unknown parameter “colour”');
  await page.goto('/widget.html?view=requests&period=1999-H1');
  await expect(page.getByRole('alert')).toContainText('The data has no period “1999-H1”');
});

test('the generator’s preview is written into its page, and fits its content even when it loads before the page’s code', async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/start-*.js', async (route) => {
    await held;
    await route.continue();
  });
  // The page's load event waits for its frames, not for code it imports later.
  const loaded = page.waitForEvent('load');
  const navigation = page.goto('/embed');
  await loaded;
  // The frame is in the written page: it has loaded, and reported its height, before anything listens.
  expect(
    await page.evaluate(
      () => (document.querySelector('iframe.embed-preview') as HTMLIFrameElement | null)?.contentDocument?.readyState,
    ),
  ).toBe('complete');
  release();
  await navigation;
  await expect(page.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/widget\/stats\/en\.html/);
  await expectFitted(page);
});

test('the generator previews the chosen widget in a real iframe and copies the code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/embed');
  await expect(page.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/widget\//);
  await options(page).getByLabel('View', { exact: true }).selectOption('requests');
  await options(page).getByLabel('Period (requests view)').selectOption('2024-H1');
  const preview = page.frameLocator('iframe.embed-preview');
  await expect(preview.getByRole('heading', { level: 1 })).toContainText('H1 2024');
  const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toContain('widget/requests/2024-H1/en.html"');
  expect(code).toContain('loading="lazy"');
  await page.getByRole('button', { name: 'Copy the code' }).click();
  await expect(page.getByText('Code copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
});

test('the embed code titles its frame in the widget’s language, and the preview in the page’s', async ({ page }) => {
  await page.goto('/embed');
  const code = page.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(/title="Transparency widget: Key figures"/);
  await options(page).getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(code).toHaveValue(/title="Widget de transparence : Chiffres clés"/);
  await expect(code).toHaveValue(/widget\/stats\/fr\.html"/);
  await expect(page.locator('iframe.embed-preview')).toHaveAttribute('title', 'Transparency widget: Key figures');
});
