import { expect, test } from './fixtures';

const pages = ['/', '/access-controls', '/requests', '/embed', '/data'];

for (const width of [412, 1280]) {
  for (const path of pages) {
    test(`${path} does not shift its layout while loading, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 823 });
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
      // Zero in practice; a little room keeps a busy CI machine from failing on a sub-pixel settle.
      expect(shift).toBeLessThan(0.01);
    });
  }
}
