/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the published folder: the
 * headers a <meta> tag cannot set. Other hosts get the same from docs/deploying.md.
 */
export function hostHeaders(base: string, pages: string[]): string {
  const page = (path: string) => `${base}${path}`;
  const rules: [string, string[]][] = [
    [`${base}*`, ['X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer']],
    // The dashboard's pages may be framed by no one else; the widget, by any site.
    ...pages.map((path): [string, string[]] => [page(path), ["Content-Security-Policy: frame-ancestors 'self'"]]),
    [page('widget.html'), ['Content-Security-Policy: frame-ancestors *']],
    [page('widget/*'), ['Content-Security-Policy: frame-ancestors *']],
    // Hashed file names change with their content: they can be kept for a year. Pages and data cannot.
    [page('assets/*'), ['Cache-Control: public, max-age=31536000, immutable']],
    [page('api/*'), ['Cache-Control: public, max-age=300, must-revalidate', 'Access-Control-Allow-Origin: *']],
  ];
  return rules.map(([path, headers]) => [path, ...headers.map((header) => `  ${header}`)].join('\n')).join('\n') + '\n';
}
