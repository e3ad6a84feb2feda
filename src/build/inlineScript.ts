export const escapeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * A call of `run` as an inline script's text: `run` is written out whole, so it must refer to
 * nothing outside itself; each argument is written as JSON, or whole if it is such a function too.
 */
export function inlineCallText(run: (...args: never[]) => void, ...args: unknown[]): string {
  const written = args.map((arg) => (typeof arg === 'function' ? arg.toString() : escapeJson(arg)));
  return `(${run.toString()})(${written.join(', ')});`;
}

export const inlineCall = <T>(run: (config: T) => void, config: T) => `<script>${inlineCallText(run, config)}</script>`;
