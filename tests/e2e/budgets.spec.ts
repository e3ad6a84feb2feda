import budgets from '../bench/budgets.json' with { type: 'json' };
import { measurePageBytes } from '../support/measureBytes';
import { expect, test } from './fixtures';

// Byte counts are exact, so npm test enforces them; Lighthouse scores are noisy and left to npm run bench.
for (const budget of budgets.pages) {
  test(`${budget.name} loads at most ${budget.jsGzipMaxKB} KB of gzipped JavaScript`, async ({ page }) => {
    const bytes = await measurePageBytes(page, budget.url, budget.waitFor);
    console.log(`${budget.name}: ${(bytes.js.gzip / 1024).toFixed(1)} KB gzipped JavaScript`);
    expect(bytes.js.gzip / 1024).toBeLessThanOrEqual(budget.jsGzipMaxKB);
  });
}
