import { chromiumArgs } from '../support/chromium';

/**
 * V8 keeps no table from bytecode to line and column until something asks for one; then it parses
 * the function again to make it, once. A browser with DevTools attached asks for the functions on
 * the stack of every `Error` constructed, to keep a detailed stack for the console. React DOM
 * constructs five as it is evaluated (`SuspenseException` and the like), from inside the one
 * function the bundler wraps its 200 KB of CommonJS in, so at the first that whole function is
 * parsed again. Under Playwright, which attaches DevTools to every page, evaluating React DOM took
 * 18–27 ms (63–116 ms at 4× CPU) rather than the 3–4 ms it takes with no DevTools attached, as in
 * a reader's browser. Lighthouse's browser, whose debugger is on, makes the tables as it compiles;
 * this flag makes the bench's Playwright browser do the same.
 */
export const eagerSourcePositions = '--js-flags=--no-enable-lazy-source-positions';

/** The bench's Playwright browser: the tests' flags, and source positions made as V8 compiles. */
export const benchChromiumArgs = [...chromiumArgs, eagerSourcePositions];
