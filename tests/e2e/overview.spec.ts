import { expect, expectNoSeriousAxeViolations, test } from './fixtures';

test.describe('Overview', () => {
  test('shows the key figures, with the zero disclosures in words', async ({ page }) => {
    await page.goto('/');
    await expect(
      page.getByText(/Chinese government: no US user data was disclosed in any of the 6 reported periods/),
    ).toBeVisible();
    await expect(page.getByText('9 of 14')).toBeVisible();
    await expect(page.getByRole('link', { name: 'See the controls' })).toHaveAttribute('href', '/access-controls/');
  });

  test('puts Virginia (primary) and Singapore (backup) on the map, linked by the replication flow', async ({
    page,
  }) => {
    await page.goto('/');
    const virginia = page.getByRole('button', { name: 'Virginia, United States: primary storage' });
    const singapore = page.getByRole('button', { name: 'Singapore, Singapore: backup storage' });
    await expect(virginia).toBeVisible();
    await expect(singapore).toBeVisible();
    await expect(virginia).toHaveClass(/marker-dot--primary/);
    await expect(singapore).toHaveClass(/marker-dot--backup/);
    const flow = page.locator('path.map-flow');
    await expect(flow).toHaveCount(1);
    await expect(page.locator('path.map-flow-arrow')).toHaveCount(1);
    await expect(page.locator('.map-land').first()).toBeVisible();

    // The flow crosses the Pacific: both ends sit on their markers, Singapore to the left.
    const flowBox = (await flow.boundingBox())!;
    const vBox = (await virginia.boundingBox())!;
    const sBox = (await singapore.boundingBox())!;
    expect(sBox.x).toBeLessThan(vBox.x);
    expect(flowBox.x).toBeLessThanOrEqual(sBox.x + sBox.width);
    expect(flowBox.x + flowBox.width).toBeGreaterThanOrEqual(vBox.x);
    const mapBox = (await page.locator('.residency-map').boundingBox())!;
    expect(flowBox.width).toBeLessThan(mapBox.width);
  });

  test('lists the locations in a table beside the map', async ({ page }) => {
    await page.goto('/');
    const table = page.getByRole('table', { name: 'Storage locations as a list' });
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('row').nth(1)).toContainText('Virginia, United States');
    await expect(table.getByRole('row').nth(1)).toContainText('Primary');
    await expect(table.getByRole('row').nth(2)).toContainText('Backup');
  });

  test('?location= opens the details, and selecting keeps the URL in step', async ({ page }) => {
    await page.goto('/?location=sg-singapore');
    await expect(page.getByRole('region', { name: 'Details: Singapore, Singapore' })).toBeVisible();
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.getByRole('button', { name: 'Virginia, United States: primary storage' }).click();
    await expect(page).toHaveURL(/\?location=us-virginia$/);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Details: Virginia, United States' })).toBeVisible();
  });

  test('a place linked to fetches its access figures alongside the code of its details, not after', async ({
    page,
  }) => {
    // The details' code is held until the figures have been asked for: one after the other, this would hang.
    let releaseCode = () => {};
    const codeHeld = new Promise<void>((resolve) => (releaseCode = resolve));
    await page.route(/\/assets\/LocationDetails-[\w-]+\.js$/, async (route) => {
      await codeHeld;
      await route.continue();
    });
    const figuresAsked = page.waitForRequest(/\/api\/v1\/location-access\.json$/);
    await page.goto('/?location=us-virginia');
    await figuresAsked;
    releaseCode();
    const details = page.getByRole('region', { name: 'Details: Virginia, United States' });
    await expect(details.getByText('H1 2025:')).toContainText('728');
  });

  test('markers are reachable and usable from the keyboard', async ({ page }) => {
    await page.goto('/');
    const virginia = page.getByRole('button', { name: 'Virginia, United States: primary storage' });
    await expect(virginia).toBeVisible();
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await virginia.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Details: Virginia, United States' })).toBeVisible();
  });

  for (const width of [320, 360, 1440]) {
    test(`fits ${width} px without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      // The map draws as it comes near the viewport, below the key figures on a phone.
      await page.getByRole('region', { name: 'Map of storage locations' }).scrollIntoViewIfNeeded();
      await expect(page.getByRole('button', { name: /Virginia, United States: primary/ })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('works in French', async ({ page }) => {
    await page.goto('/?lang=fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Où sont stockées les données (données des utilisateurs américains)',
    );
    await expect(page.getByRole('button', { name: 'Virginie, États-Unis : stockage principal' })).toBeVisible();
    await expect(page.getByText('9 sur 14')).toBeVisible();
  });

  test('passes axe with a location selected, in light and dark', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/?location=us-virginia');
      await expect(page.getByRole('region', { name: 'Details: Virginia, United States' })).toBeVisible();
      await expect(page.locator('.map-land').first()).toBeVisible();
      await expectNoSeriousAxeViolations(page);
    }
  });
});
