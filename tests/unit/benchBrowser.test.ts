import { expect, it } from 'vitest';
import config from '../bench/bench.config';
import { eagerSourcePositions } from '../bench/benchBrowser';

it("launches the bench's Playwright browser with source positions made as V8 compiles", () => {
  // Without it, the first Error React DOM constructs under DevTools has V8 parse its whole wrapper
  // again, and the 4× main-thread figures count a cost no reader pays.
  expect(config.use?.launchOptions?.args).toContain(eagerSourcePositions);
  // One --js-flags: Chromium takes only the last, so a second would drop this one.
  expect(config.use?.launchOptions?.args?.filter((arg) => arg.startsWith('--js-flags='))).toHaveLength(1);
});
