import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const pages = [
  '/',
  '/access-controls',
  '/requests',
  '/embed',
  '/data',
  // Pages in other languages hydrate from their own HTML, right to left for Arabic.
  '/fr/requests/',
  '/ar/',
  '/zh-Hans/access-controls/',
  '/widget.html?view=stats',
  '/widget.html?view=map',
  '/widget.html?view=requests',
  '/widget.html?view=controls',
];

// Lighthouse's phone (412 px, 1.75 device pixels per CSS pixel, touch) and a desktop window.
const screens = [
  { name: 'a phone', viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  { name: 'a desktop', viewport: { width: 1280, height: 823 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
];

/** Pages that finish background work after they are interactive: what they show when it is done. */
const settledWhen: Record<string, string[]> = {
  '/data': ['.verify-ok', '.signature-valid'],
};

interface Shift {
  at: number;
  value: number;
  sources: string[];
}

async function expectNoLayoutShift(page: Page, url: string) {
  await page.addInitScript(() => {
    const describe = (node: Node | null) =>
      node instanceof Element
        ? `<${node.localName} class="${node.className}"> ${(node.textContent ?? '').slice(0, 40)}`
        : String(node?.nodeName);
    const shifts: Shift[] = [];
    (window as unknown as { layoutShifts: Shift[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as (PerformanceEntry & {
        value: number;
        sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        shifts.push({
          at: Math.round(entry.startTime),
          value: entry.value,
          sources: entry.sources.map(
            (s) => `${describe(s.node)} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`,
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  // What a page does in the background ends in text of its own: wait for it to be there.
  const path = new URL(url, 'http://localhost').pathname.replace(/(.)\/$/, '$1');
  for (const selector of settledWhen[path] ?? []) await page.locator(selector).first().waitFor();
  // Background work starts once the browser is idle; when it is idle again and two more frames are
  // painted, every shift that work caused has been laid out and reported.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
      ),
  );
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: Shift[] }).layoutShifts);
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  // Lighthouse reports CLS to three decimals; this fails on anything it would show.
  expect(total, JSON.stringify(shifts, null, 1)).toBeLessThan(0.0005);
}

for (const { name, ...device } of screens) {
  test.describe(`on ${name}`, () => {
    test.use(device);
    for (const path of pages) {
      test(`${path} does not shift its layout while loading`, async ({ page }) => {
        await expectNoLayoutShift(page, path);
      });
    }
  });
}

// A slow connection delivers a page's HTML in pieces, and the browser paints what it has parsed so far.
test.describe('with the HTML arriving in small pieces', () => {
  let dribbler: Server;
  let dribblerOrigin = '';
  test.beforeAll(async ({ baseURL }) => {
    dribbler = createServer(async (request, response) => {
      const upstream = await fetch(new URL(request.url ?? '/', baseURL), { redirect: 'manual' });
      const body = Buffer.from(await upstream.arrayBuffer());
      const type = upstream.headers.get('content-type') ?? '';
      response.writeHead(upstream.status, {
        'Content-Type': type,
        ...(upstream.headers.has('location') ? { Location: upstream.headers.get('location')! } : {}),
      });
      if (!type.startsWith('text/html')) return response.end(body);
      for (let offset = 0; offset < body.length; offset += 256) {
        response.write(body.subarray(offset, offset + 256));
        await new Promise((resolve) => setTimeout(resolve, 8));
      }
      response.end();
    });
    await new Promise<void>((resolve) => dribbler.listen(0, '127.0.0.1', resolve));
    dribblerOrigin = `http://127.0.0.1:${(dribbler.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => dribbler.close(() => resolve())));
  // Read when each test starts, after beforeAll has picked the port. Playwright requires the object pattern.
  // eslint-disable-next-line no-empty-pattern
  test.use({ allowedOrigins: async ({}, use) => use([dribblerOrigin]) });

  for (const { name, ...device } of screens) {
    test.describe(`on ${name}`, () => {
      test.use(device);
      for (const path of pages.filter((path) => !path.startsWith('/widget'))) {
        test(`${path} is painted whole, not shifting as the rest arrives`, async ({ page }) => {
          await expectNoLayoutShift(page, `${dribblerOrigin}${path}`);
        });
      }
    });
  }
});
