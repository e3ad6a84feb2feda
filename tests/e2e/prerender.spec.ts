import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadedWith } from '../../src/build/loadedPreloads';
import { expect, test } from './fixtures';

const prerendered = [
  {
    path: '/',
    text: ['Where US user data is stored', '9 of 14', 'Chinese government: no US user data was disclosed'],
  },
  {
    path: '/access-controls/',
    text: ['Employee access controls and audits', 'Named accounts with hardware-key MFA', '860'],
  },
  { path: '/requests/', text: ['Nothing disclosed in any period: Chinese government', 'US national security'] },
  { path: '/embed/', text: ['Embed the figures on your site', 'drd-widget:resize'] },
  { path: '/data/', text: ['Kinds of figure', 'access-requests.csv'] },
];

for (const page of prerendered) {
  test(`${page.path} is prerendered with its real content and page tags`, async ({ request }) => {
    const html = await (await request.get(page.path)).text();
    for (const text of page.text) expect(html).toContain(text);
    expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/);
    expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(html).toContain('id="drd-prerendered"');
  });
}

test('a page carries the data it was drawn from and no other page’s, and hydrates without fetching it', async ({
  page,
  request,
}) => {
  const carried = async (path: string) => {
    const html = await (await request.get(path)).text();
    const json = /<script type="application\/json" id="drd-prerendered">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const { queryState } = JSON.parse(json) as { queryState: { queries: { queryKey: string[] }[] } };
    return queryState.queries.map(({ queryKey }) => queryKey.slice(2).join(':')).sort();
  };
  expect(await carried('/requests/')).toEqual(['accessRequests', 'meta', 'requestCategories']);
  expect(await carried('/access-controls/')).toEqual(['accessControls', 'auditStatistics', 'meta']);
  expect(await carried('/fr/embed/')).toEqual(['meta', 'translations:fr:meta']);

  const fetched: string[] = [];
  page.on('request', (sent) => {
    if (sent.url().includes('/api/')) fetched.push(new URL(sent.url()).pathname);
  });
  // Tall enough for every chart to draw: a chart draws from its data, so a query the page lacked is fetched first.
  await page.setViewportSize({ width: 1280, height: 6000 });
  await page.goto('/requests/');
  await expect(page.locator('.chart-placeholder')).toHaveCount(0);
  await expect(page.locator('figure svg[role="application"]')).toHaveCount(await page.locator('figure').count());
  expect(fetched.filter((file) => !file.endsWith('/meta.json'))).toEqual([]);
});

test('readers without JavaScript see the figures, the tables and the navigation', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/access-controls/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Employee access controls and audits');
  await expect(page.getByRole('table', { name: 'Controls' }).locator('tbody tr')).toHaveCount(14);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveCount(5);
  await page.goto('/');
  await expect(page.getByText('9 of 14')).toBeVisible();
  await context.close();
});

test('hydration keeps the prerendered page and makes it interactive, without warnings', async ({ page }) => {
  await page.goto('/access-controls/');
  await page.getByLabel('Status', { exact: true }).selectOption('planned');
  await expect(page.getByRole('table', { name: 'Controls' }).locator('tbody tr')).toHaveCount(2);
});

test('fields wait for the page to be interactive, so nothing typed before is lost', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  let release = () => {};
  const scriptHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/main-*.js', async (route) => {
    await scriptHeld;
    await route.continue();
  });
  await page.goto('/access-controls/', { waitUntil: 'commit' });
  const search = page.getByLabel('Search controls');
  await expect(search).toBeDisabled();
  await expect(page.getByLabel('Status', { exact: true })).toBeDisabled();
  await expect(page.getByLabel('Language')).toBeDisabled();
  release();
  await expect(search).toBeEnabled();
  await expect(page.getByLabel('Language')).toBeEnabled();
  await search.fill('MFA');
  await expect(page.locator('.controls-count')).not.toHaveText('Showing 14 of 14 controls.');
  await expect(search).toHaveValue('MFA');
  await context.close();
});

test('a prerendered page whose data has been republished since fetches it again once idle', async ({ page }) => {
  await page.route('**/api/v1/meta.json', async (route) => {
    const response = await route.fetch();
    const meta = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...meta, dataVersion: '2099.1' } });
  });
  const response = await page.goto('/requests/');
  // Painted from the HTML, with the version it was built from…
  expect(await response!.text()).toContain('2026.2');
  // …then the published meta.json, checked once the page is idle, says otherwise, and the page follows it.
  await expect(page.locator('footer')).toContainText('2099.1', { timeout: 10_000 });
});

test.describe('each language has its own prerendered pages', () => {
  test('a French page arrives in French: its language, title, description, menu and the data’s text', async ({
    request,
  }) => {
    const html = await (await request.get('/fr/access-controls/')).text();
    expect(html).toMatch(/<html lang="fr" dir="ltr">/);
    expect(html).toContain('<title>Contrôles d’accès des employés et audits');
    expect(html).toMatch(/<meta name="description" content="[^"]*données[^"]*"/);
    const markup = html.slice(html.indexOf('<div id="root">'), html.indexOf('id="drd-prerendered"'));
    expect(markup).toContain('href="/fr/requests/"');
    // The sample's controls, translated by its translations/fr.json.
    expect(markup).toContain('Comptes nominatifs avec MFA par clé matérielle');
    expect(markup).not.toContain('Named accounts with hardware-key MFA');
  });

  test('an Arabic page reads right to left before any script runs', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/ar/requests/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await page.locator('h1').evaluate((heading) => getComputedStyle(heading).direction)).toBe('rtl');
    await expect(page.getByRole('navigation').first().getByRole('link').first()).toHaveAttribute('href', '/ar/');
    await context.close();
  });

  test('a Spanish page hydrates in Spanish and keeps its address as the reader moves on', async ({ page }) => {
    await page.goto('/es/access-controls/');
    const heading = await page.locator('h1').elementHandle();
    const search = page.getByRole('searchbox');
    await expect(search).toBeEnabled();
    // Hydrated, not drawn again: the prerendered heading is still the one on the page.
    expect(await heading!.evaluate((node) => node.isConnected)).toBe(true);
    // A search typed just before leaving, not yet in the address, stays behind with its page.
    await search.fill('MFA');
    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Solicitudes' }).click();
    await expect(page).toHaveURL(/\/es\/requests\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });
});

/** Outside addresses the build writes into the published data package: the site's own code never names them. */
const buildOnlyAddresses = [
  'https://datapackage.org/profiles/2.0/datapackage.json',
  'https://datapackage.org/profiles/2.0/tableschema.json',
  'https://creativecommons.org/licenses/by/4.0/',
];

test('the outside addresses of the data package are data, named by no page’s code or markup', async ({ request }) => {
  const assets = (await readdir('dist/assets')).filter((file) => /\.(js|css)$/.test(file));
  for (const file of assets) {
    const code = await readFile(path.join('dist/assets', file), 'utf8');
    for (const address of buildOnlyAddresses) expect(code.includes(address), `${address} in ${file}`).toBe(false);
  }
  for (const page of [...prerendered.map((entry) => entry.path), '/widget/stats/en.html', '/widget.html']) {
    const html = await (await request.get(page)).text();
    for (const address of buildOnlyAddresses) expect(html.includes(address), `${address} in ${page}`).toBe(false);
  }
  // The published descriptor carries them, as its $schema and its licence: files to read, not to fetch.
  const descriptor = await (await request.get('/api/v1/datapackage.json')).text();
  expect(descriptor).toContain(buildOnlyAddresses[0]);
});

test('a chunk preloads, for its dynamic imports, only files it has not loaded already', async () => {
  const assets = (await readdir('dist/assets')).filter((file) => file.endsWith('.js'));
  const code = new Map(
    await Promise.all(
      assets.map(async (file) => [file, await readFile(path.join('dist/assets', file), 'utf8')] as const),
    ),
  );
  const staticImports = (file: string) =>
    [...(code.get(file) ?? '').matchAll(/(?:^|[;\s])import(?:[^"'`()]*?from)?\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map(
      (match) => match[1]!,
    );
  const preloading = [...code].filter(([, text]) => text.includes('__vite__mapDeps'));
  // The app's pages and the widget's views are loaded this way: the check must have something to check.
  expect(preloading.length).toBeGreaterThan(3);
  for (const [file, text] of preloading) {
    const listed = [...(/m\.f=\[([^\]]*)\]/.exec(text)?.[1] ?? '').matchAll(/"assets\/([^"]+\.js)"/g)].map(
      (match) => match[1]!,
    );
    const loaded = loadedWith(file, staticImports);
    expect(
      listed.filter((dep) => loaded.has(dep)),
      file,
    ).toEqual([]);
  }
});
