import AxeBuilder from '@axe-core/playwright';
import { expect, expectConsoleErrorsOnly, expectNoSeriousAxeViolations, test } from './fixtures';

const routes = [
  { path: '/', heading: /where us user data is stored/i },
  { path: '/access-controls', heading: /employee access controls and audits/i },
  { path: '/requests', heading: /requests for us user data/i },
  { path: '/embed', heading: /embed the figures/i },
  { path: '/data', heading: /data and methodology/i },
];

for (const route of routes) {
  test(`${route.path} answers on a plain static server and passes axe in light and dark`, async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
      await expect(page.locator('footer')).toContainText('Data version 2026.2, last updated February 15, 2026.');
      await expectNoSeriousAxeViolations(page);
    }
  });
}

test('every landmark has a name of its own: a table that scrolls is told apart from the section that holds it', async ({
  page,
}) => {
  for (const path of [...routes.map((route) => route.path), '/changes']) {
    // Each page is written with its tables: they are there as soon as it is.
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (path === '/embed') {
      // The previewed widget's main landmark is named, as on any site that embeds it: it is told apart from this page's.
      await expect(
        page.frameLocator('iframe').getByRole('main', { name: 'Transparency widget' }).getByRole('heading'),
      ).toBeVisible();
    }
    const results = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
    expect(
      results.violations.flatMap((violation) => violation.nodes.map((node) => `${path}: ${node.target.join(' ')}`)),
    ).toEqual([]);
  }
  await page.goto('/access-controls');
  await expect(page.getByRole('region', { name: 'Controls', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Table: Controls' })).toBeVisible();
});

test('the shell has the organisation, navigation, sample-data notice and skip link', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Example Platform (sample)')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page.getByRole('note')).toContainText(/not the figures of any real company/i);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Requests' }).click();
  await expect(page).toHaveURL(/\/requests\/$/);
  await expect(nav.getByRole('link', { name: 'Requests' })).toHaveAttribute('aria-current', 'page');
});

test('a link further down a page opens the next page at its top, with the focus at the start of its content', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 700 });
  await page.goto('/');
  const link = page.locator('main a[href$="/data/"]').last();
  await link.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/data and methodology/i);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('main')).toBeFocused();
});

test('an older ?lang=fr link opens the French page at its own address, and the language stays', async ({ page }) => {
  await page.goto('/requests?lang=fr');
  await expect(page).toHaveURL(/\/fr\/requests\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText(/version des données 2026\.2, mise à jour le 15 février 2026/i)).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Principale' })
    .getByRole('link', { name: 'Données et méthodologie' })
    .click();
  await expect(page).toHaveURL(/\/fr\/data\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the language switch opens the same page and view in the other language, at its own address', async ({ page }) => {
  await page.goto('/requests/?type=civilLitigant');
  await page.getByLabel('Language').selectOption('fr');
  await expect(page).toHaveURL(/\/fr\/requests\/\?type=civilLitigant$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('link', { name: 'Vue d’ensemble' })).toHaveAttribute('href', '/fr/');
  await page.getByLabel('Langue').selectOption('en');
  await expect(page).toHaveURL(/^http:\/\/[^/]+\/requests\/\?type=civilLitigant$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('from the keyboard, arrowing through languages opens none; Enter opens the one chosen', async ({ page }) => {
  await page.goto('/requests/?type=civilLitigant');
  const opened: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest()) opened.push(new URL(request.url()).pathname);
  });
  const language = page.getByLabel('Language');
  await expect(language).toHaveAccessibleDescription('Press Enter to open the page in the chosen language.');
  await language.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(language).toHaveValue('es');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/es\/requests\/\?type=civilLitigant$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect(opened).toEqual(['/es/requests/']);
});

test('the theme switch overrides the system theme and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(15, 20, 27)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a page printed from the dark theme, chosen or the system’s, prints dark text on white', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/requests');
  await page.getByLabel('Theme').selectOption('dark');
  const colours = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { text: style.color, background: getComputedStyle(document.documentElement).backgroundColor };
    });
  expect((await colours()).text).toBe('rgb(232, 237, 243)');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await colours()).toEqual({ text: 'rgb(26, 31, 41)', background: 'rgb(255, 255, 255)' });
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  await page.getByLabel('Theme').selectOption('auto');
  expect((await colours()).text).toBe('rgb(232, 237, 243)');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await colours()).toEqual({ text: 'rgb(26, 31, 41)', background: 'rgb(255, 255, 255)' });
});

test('every API file and the OpenAPI document are served as static JSON', async ({ request }) => {
  for (const file of [
    'meta',
    'storage-locations',
    'replication-flows',
    'access-controls',
    'audit-statistics',
    'access-requests',
    'openapi',
    'manifest',
  ]) {
    const response = await request.get(`/api/v1/${file}.json`);
    expect(response.status(), file).toBe(200);
    expect(await response.json()).toBeTruthy();
  }
  const openapi = await (await request.get('/api/v1/openapi.json')).json();
  expect(openapi.openapi).toBe('3.1.0');
});

test('an address the site has no file for gets its 404 page, in the language of the address', async ({
  page,
  watch,
}) => {
  const response = await page.goto('/no-such-page/');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.goto('/fr/pas-de-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await page.getByRole('link', { name: 'Aller à la vue d’ensemble' }).click();
  await expect(page).toHaveURL(/\/fr\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Où sont stockées les données (données des utilisateurs américains)',
  );
  // What the browser logs for any page answered with 404, and nothing else.
  expectConsoleErrorsOnly(watch, [/the server responded with a status of 404 \(Not Found\)/]);
});

test('a path the app does not know shows a not-found page, not a blank one', async ({ page }) => {
  await page.goto('/index.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where US user data is stored');
});
