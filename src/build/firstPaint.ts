import type { BootWords } from '../i18n/bootMessages';
import { inlineCallText } from './inlineScript';
import { startModulesAfterFirstFrame } from '../lib/startModules';

/**
 * Makes a built page paint with its HTML alone, in one round trip of the network:
 * - each stylesheet the page links is put inline (the app's CSS is about 5 KB gzipped);
 * - its scripts are asked for only once the first frame is painted, by a small inline script,
 *   so that no JavaScript competes with the HTML for the first round trips. Their own imports
 *   are preloaded by Vite's loader as they are needed, so the modulepreload links go too.
 * Should those scripts not load, the page says so in the words given for its language.
 */
export async function forFirstPaint(
  html: string,
  readAsset: (href: string) => Promise<string>,
  failureWords: FailureWords,
): Promise<string> {
  const { html: page, modules } = await inlineStyles(html, readAsset);
  if (modules.length === 0) return page;
  return page.replace('</body>', () => `  <script>${loadAfterFirstPaint(modules, failureWords)}</script>\n  </body>`);
}

/**
 * The page with its stylesheets inline and its module scripts taken out, for pages that start
 * their modules themselves, or not at all.
 */
export async function inlineStyles(
  html: string,
  readAsset: (href: string) => Promise<string>,
): Promise<{ html: string; modules: string[] }> {
  let result = html;
  for (const [tag, href] of [...html.matchAll(/\s*<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)]) {
    const css = (await readAsset(href!)).trim();
    // The disabled link is neither fetched nor applied; it tells Vite's loader, which looks for it
    // before adding a chunk's CSS, that this stylesheet is on the page already.
    result = result.replace(
      tag,
      () => `\n    <style>${css}</style>\n    <link rel="stylesheet" href="${href}" disabled />`,
    );
  }
  const modules: string[] = [];
  for (const [tag, src] of [...result.matchAll(/\s*<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/g)]) {
    modules.push(src!);
    result = result.replace(tag, () => '');
  }
  result = result.replace(/\s*<link rel="modulepreload"[^>]*>/g, () => '');
  return { html: result, modules };
}

/**
 * The words of the alert a page shows when its scripts do not load, by language: the page's own,
 * or, for a page that serves several (widget.html, 404.html), each language's, the first the default.
 */
export type FailureWords = Record<string, BootWords>;

/** The inline script that starts the page's modules once the first frame is on screen. */
export function loadAfterFirstPaint(entries: string[], failureWords: FailureWords): string {
  return inlineCallText(
    startModulesAfterFirstPaint,
    { entries, failureWords },
    showLoadFailureWith,
    startModulesAfterFirstFrame,
  );
}

/**
 * Runs inline in each built page, so it refers to nothing outside itself and its arguments. It also
 * gives the page's code `window.drdLoadFailed`, so that a failure after the entry has run shows the
 * same alert in the page's words, which the entry then need not carry.
 */
function startModulesAfterFirstPaint(
  { entries, failureWords }: { entries: string[]; failureWords: FailureWords },
  showFailure: typeof showLoadFailureWith,
  startModules: typeof startModulesAfterFirstFrame,
): void {
  // The page's own language; where several are given (widget.html, 404.html), the address's.
  const named = [
    new URLSearchParams(window.location.search).get('lang') ?? '',
    ...window.location.pathname.split('/'),
  ].find((name) => Object.prototype.hasOwnProperty.call(failureWords, name));
  const language = named ?? Object.keys(failureWords)[0] ?? '';
  const failed = () => {
    const words = failureWords[language];
    if (words) showFailure(words, language);
  };
  window.drdLoadFailed = failed;
  // Should the entry, or a module it imports, not arrive, no code of the page's is left to say so.
  startModules(entries, failed);
}

/**
 * Says that the page's code did not finish loading, once, with a Retry that loads the page again:
 * a prerendered page would otherwise look whole but never answer, and any other page would stay
 * blank. Written whole into each page's inline script, so it refers to nothing outside itself.
 */
export function showLoadFailureWith(words: BootWords, language: string): void {
  if (document.querySelector('.boot-failure')) return;
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  // Its words may not be in the document's language (an address in French on the English 404.html).
  alert.lang = language;
  alert.dir = 'auto';
  alert.className = 'error-panel boot-failure';
  const text = document.createElement('p');
  text.textContent = words.failed;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = words.retry;
  retry.addEventListener('click', () => window.location.reload());
  alert.append(text, retry);
  document.body.prepend(alert);
}
