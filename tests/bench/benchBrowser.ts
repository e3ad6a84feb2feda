import { chromiumArgs } from '../support/chromium';

/**
 * V8 keeps no table from bytecode to line and column until something asks for one; then it parses
 * the function again to make it. A browser with DevTools attached asks for one on every `Error`
 * constructed, to keep a detailed stack for the console. React DOM constructs five as it is
 * evaluated (`SuspenseException` and the like), from inside the one function the bundler wraps its
 * 200 KB of CommonJS in, so that whole function was parsed again. Under Playwright, which attaches
 * DevTools to every page, evaluating React DOM took 18–27 ms (63–116 ms at 4× CPU) rather than the
 * 3–4 ms it takes in a browser with no DevTools attached. A reader's browser has no DevTools attached and never parses it again;
 * Lighthouse's browser, whose debugger is on, writes the tables as it compiles. This flag makes the
 * bench's Playwright browser write them as it compiles too.
 */
export const eagerSourcePositions = '--js-flags=--no-enable-lazy-source-positions';

/** The bench's Playwright browser: the tests' flags, and source positions made as V8 compiles. */
export const benchChromiumArgs = [...chromiumArgs, eagerSourcePositions];
