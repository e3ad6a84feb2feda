import { expect, expectConsoleErrorsOnly, test } from './fixtures';

const failures = [
  {
    name: 'HTTP 500',
    fulfil: { status: 500, body: 'oops' },
    message: /HTTP status 500/,
    // The browser itself logs a failed HTTP status.
    consoleErrors: [/Failed to load resource: the server responded with a status of 500/],
  },
  {
    name: 'invalid JSON',
    fulfil: { status: 200, contentType: 'application/json', body: '{"meta": ' },
    message: /not valid JSON/,
    consoleErrors: [],
  },
  {
    name: 'a wrong shape',
    fulfil: { status: 200, contentType: 'application/json', body: '{"hello": 1}' },
    message: /does not match the published format \(field organisation\)/,
    consoleErrors: [],
  },
];

for (const failure of failures) {
  test(`with /api/v1 answering ${failure.name}, an error panel appears and Retry recovers`, async ({ page, watch }) => {
    let broken = true;
    await page.route('**/api/v1/meta.json', (route) => (broken ? route.fulfill(failure.fulfil) : route.fallback()));
    // Rendered afresh, so the page reads meta.json itself: a prerendered page has it already.
    await page.goto('/?lang=en');
    const alert = page.getByRole('alert').first();
    await expect(alert).toContainText(/could not load the report information/i);
    await expect(alert).toContainText(failure.message);
    broken = false;
    await alert.getByRole('button', { name: 'Retry' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Focus stays where the reader was, in the section the data now fills, not back at the top.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('main section')?.tagName ?? 'none'))
      .toBe('SECTION');
    await expect(page.locator(':focus')).toBeVisible();
    expectConsoleErrorsOnly(watch, failure.consoleErrors);
  });
}

test('a network failure shows the error panel, and other panels keep working', async ({ page, watch }) => {
  await page.route('**/api/v1/meta.json', (route) => route.abort('failed'));
  await page.goto('/?lang=en');
  await expect(page.getByRole('alert').first()).toContainText(/network request failed/i);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expectConsoleErrorsOnly(watch, [/Failed to load resource: net::ERR_FAILED/]);
});
