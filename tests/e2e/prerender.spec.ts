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
