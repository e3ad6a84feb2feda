import { expect, test } from './fixtures';

const pages = [
  '/',
  '/access-controls',
  '/requests',
  '/embed',
  '/data',
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

for (const { name, ...device } of screens) {
  test.describe(`on ${name}`, () => {
    test.use(device);
    for (const path of pages) {
      test(`${path} does not shift its layout while loading`, async ({ page }) => {
        await page.addInitScript(() => {
          const scope = window as unknown as { layoutShift: number };
          scope.layoutShift = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) scope.layoutShift += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(path, { waitUntil: 'networkidle' });
        await page.waitForTimeout(300);
        const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
        // Lighthouse reports CLS to three decimals; this fails on anything it would show.
        expect(shift).toBeLessThan(0.0005);
      });
    }
  });
}
