import { minifySync } from 'vite';

export const escapeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Stands for an argument written as JSON while the call is minified, then replaced by it. */
const placeholder = (index: number) => `__drdInlineArgument${index}__`;

/**
 * A call of `run` as an inline script's text, minified as the build's own scripts are: `run` is
 * written out whole, so it must refer to nothing outside itself; each argument is written as JSON,
 * or whole if it is such a function too. JSON goes in after minifying, so that its escapes (no `<`
 * that could close the script) stay as written.
 */
export function inlineCallText<A extends unknown[]>(run: (...args: A) => void, ...args: A): string {
  const written = args.map((arg, index) => (typeof arg === 'function' ? arg.toString() : placeholder(index)));
  const { code, errors } = minifySync('inline.js', `(${run.toString()})(${written.join(', ')});`);
  if (errors.length > 0) throw new Error(`Could not minify an inline script: ${errors[0]!.message}`);
  return code.replace(/__drdInlineArgument(\d+)__/g, (_, index: string) => escapeJson(args[Number(index)]));
}

/** The same call, as the inline script itself. */
export const inlineCall = <A extends unknown[]>(run: (...args: A) => void, ...args: A) =>
  `<script>${inlineCallText(run, ...args)}</script>`;
