import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export interface Watch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/**
 * Every page under test is watched: a console error or a request to another
 * origin fails the test, whatever the test itself checks.
 */
export const test = base.extend<{ watch: Watch; allowedOrigins: string[] }>({
  allowedOrigins: [[], { option: true }],
  // Prerendered pages are visible before they are interactive: navigations wait for React to take over.
  page: async ({ page, baseURL, javaScriptEnabled }, use) => {
    const origin = new URL(baseURL!).origin;
    const waitForApp = async (url: string) => {
      const target = new URL(url, baseURL);
      // Without JavaScript, the prerendered HTML is all there is.
      if (javaScriptEnabled === false) return;
      if (target.origin === origin && !/\.(json|csv|atom|pem|sig)$|SHA256SUMS$/.test(target.pathname)) {
        await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      }
    };
    // Any content-security-policy violation becomes a console error, which fails the test.
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
      ),
    );
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await waitForApp(url);
      return response;
    };
    const reload = page.reload.bind(page);
    page.reload = async (options) => {
      const response = await reload(options);
      await waitForApp(page.url());
      return response;
    };
    await use(page);
  },
  watch: [
    async ({ page, baseURL, allowedOrigins }, use) => {
      const origins = new Set([new URL(baseURL!).origin, ...allowedOrigins]);
      const watch: Watch = { consoleErrors: [], foreignRequests: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') watch.consoleErrors.push(`${message.text()} (on ${page.url()})`);
      });
      page.on('pageerror', (error) => watch.consoleErrors.push(`${error.message} (on ${page.url()})`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && !origins.has(new URL(url).origin)) {
          watch.foreignRequests.push(url);
        }
      });
      await use(watch);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
      expect(watch.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * For tests that cause errors on purpose: every console error so far must be one of these, named;
 * they are then cleared, and any other error still fails the test.
 */
export function expectConsoleErrorsOnly(watch: Watch, expected: RegExp[]) {
  const unexpected = watch.consoleErrors.filter((message) => !expected.some((pattern) => pattern.test(message)));
  expect(unexpected, 'console errors other than the expected ones').toEqual([]);
  watch.consoleErrors.length = 0;
}

/** Runs axe and fails on serious or critical violations, listing them. */
export async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}
