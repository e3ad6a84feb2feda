import { createHash } from 'node:crypto';

const digest = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The style elements of a page (its CSS is put inline for the first paint), each allowed by its digest. */
export function inlineStyleHashes(html: string): string[] {
  return [...new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => digest(match[1]!)))];
}

/**
 * The scripts a page runs from its own markup (not JSON data blocks, which are never run), whose
 * digests the policy allows one by one: one escaping mistake in the data then cannot run script.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    if (/\ssrc=/.test(attributes) || /type="application\/json"/.test(attributes)) continue;
    hashes.add(digest(match[2]!));
  }
  return [...hashes];
}

/**
 * The Content-Security-Policy of a built page, for a <meta http-equiv> (a static host may set no
 * headers). The page's own style elements are allowed by their digests, and style attributes stay
 * allowed: prerendered markup carries a few (the height a chart will take), and without them the page
 * would shift as it loads.
 * frame-ancestors has no effect in a meta tag: docs/deploying.md gives it as a header.
 */
export function contentSecurityPolicy(html: string, { apiOrigin }: { apiOrigin?: string | null } = {}): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes(html)].join(' '),
    ["style-src 'self'", ...inlineStyleHashes(html)].join(' '),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    ['connect-src', "'self'", ...(apiOrigin ? [apiOrigin] : [])].join(' '),
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The page with its policy as the first thing in its head, before anything it governs. */
export function withContentSecurityPolicy(html: string, options: { apiOrigin?: string | null } = {}): string {
  const policy = contentSecurityPolicy(html, options);
  return html.replace(
    /<meta charset="UTF-8" \/>/i,
    (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  );
}
