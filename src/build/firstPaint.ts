/**
 * Makes a built page paint with its HTML alone, in one round trip of the network:
 * - each stylesheet the page links is put inline (the app's CSS is about 5 KB gzipped);
 * - its scripts are asked for only once the first frame is painted, by a small inline script,
 *   so that no JavaScript competes with the HTML for the first round trips. Their own imports
 *   are preloaded by Vite's loader as they are needed, so the modulepreload links go too.
 */
export async function forFirstPaint(html: string, readAsset: (href: string) => Promise<string>): Promise<string> {
  const { html: page, modules } = await inlineStyles(html, readAsset);
  if (modules.length === 0) return page;
  return page.replace('</body>', () => `  <script>${loadAfterFirstPaint(modules)}</script>\n  </body>`);
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

/** The inline script that starts the page's modules once the first frame is on screen. */
export function loadAfterFirstPaint(entries: string[]): string {
  return `requestAnimationFrame(function () { setTimeout(function () { ${JSON.stringify(entries)}.forEach(function (src) { var s = document.createElement('script'); s.type = 'module'; s.crossOrigin = ''; s.src = src; document.body.appendChild(s); }); }); });`;
}
