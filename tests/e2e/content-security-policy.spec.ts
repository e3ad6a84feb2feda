import { expect, test } from './fixtures';

const addresses = [
  '/',
  '/access-controls/',
  '/requests/',
  '/embed/',
  '/data/',
  ...['stats', 'map', 'requests', 'controls'].map((view) => `/widget/${view}/en.html`),
  // widget.html as it runs when no written page matches the address.
  '/widget.html?view=stats&period=2025-H1',
];

/** The policy a page carries, directive by directive. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

for (const address of addresses) {
  test(`${address} carries a strict Content-Security-Policy and breaks none of it`, async ({ page }) => {
    await page.goto(address);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const rules = directives(policy!);
    expect(rules.get('default-src')).toEqual(["'self'"]);
    expect(rules.get('script-src')![0]).toBe("'self'");
    expect(
      rules
        .get('script-src')!
        .slice(1)
        .every((source) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(source)),
    ).toBe(true);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(rules.get('script-src')).not.toContain("'unsafe-inline'");
    expect(rules.get('style-src')![0]).toBe("'self'");
    expect(
      rules
        .get('style-src')!
        .slice(1)
        .every((source) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(source)),
    ).toBe(true);
    expect(rules.get('object-src')).toEqual(["'none'"]);
    expect(rules.get('base-uri')).toEqual(["'none'"]);
    expect(rules.get('form-action')).toEqual(["'none'"]);
    // The policy comes before any script it governs.
    const firstScript = await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
      const script = document.querySelector('script')!;
      return Boolean(meta.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(firstScript).toBe(true);
    // Scroll to the end, so that every chart, map and lazy part has loaded under the policy.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
  });
}
