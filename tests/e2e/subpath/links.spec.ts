import type { APIRequestContext, Page } from '@playwright/test';
import { FIXTURE_SITE } from '../../support/builtSiteConfig';
import { expect, expectConsoleErrorsOnly, test } from '../fixtures';

// Crawls the site built under a subpath (npm run build:fixture), with JavaScript and without:
// every page and widget view, every href, src, download link, canonical URL and og:url.

// English at the base, and the other languages in their folders (the crawl follows each one's links).
const entryPoints = ['', 'access-controls/', 'requests/', 'embed/', 'data/', 'fr/', 'ar/access-controls/'];
// The pages written for each widget view, and widget.html, which sends old embed codes to them.
const widgetViews = [
  ...['stats', 'map', 'requests', 'controls'].map((view) => `widget/${view}/fr.html`),
  'widget.html?view=requests&period=2024-Q1',
];

interface Link {
  from: string;
  url: string;
  kind: string;
}

/** Every address a page names: links, scripts, styles, images, frames, and its canonical and og:url. */
function linksOf(page: Page): Promise<Omit<Link, 'from'>[]> {
  return page.evaluate(() => {
    const found: { url: string; kind: string }[] = [];
    const add = (value: string | null | undefined, kind: string) => {
      if (value) found.push({ url: value, kind });
    };
    for (const element of document.querySelectorAll('a[href], link[href]')) {
      add(element.getAttribute('href'), element.tagName === 'A' ? 'a' : `link ${element.getAttribute('rel')}`);
    }
    for (const element of document.querySelectorAll('script[src], img[src], iframe[src], source[src]')) {
      add(element.getAttribute('src'), element.tagName.toLowerCase());
    }
    add(document.querySelector('meta[property="og:url"]')?.getAttribute('content'), 'og:url');
    return found;
  });
}

async function crawl(page: Page, request: APIRequestContext, baseURL: string) {
  const base = new URL(baseURL);
  const queue = [...entryPoints, ...widgetViews].map((path) => new URL(path, base).href);
  const seen = new Set<string>();
  const links: Link[] = [];
  while (queue.length > 0) {
    const address = queue.shift()!;
    if (seen.has(address)) continue;
    seen.add(address);
    await page.goto(address);
    for (const link of await linksOf(page)) {
      const url = new URL(link.url, page.url());
      links.push({ from: address, url: url.href, kind: link.kind });
      const isPage =
        url.origin === base.origin &&
        url.pathname.startsWith(base.pathname) &&
        !/\.(json|csv|js|css|svg|png|pem|atom)$|SHA256SUMS$/.test(url.pathname) &&
        !link.kind.startsWith('link') &&
        link.kind !== 'og:url';
      url.hash = '';
      if (isPage && !seen.has(url.href)) queue.push(url.href);
    }
  }
  const checked = new Map<string, number>();
  for (const { url } of links) {
    const target = new URL(url);
    if (target.origin !== base.origin || checked.has(target.href)) continue;
    // A redirect is a detour every reader pays for: links name the address that answers.
    checked.set(target.href, (await request.get(target.href, { maxRedirects: 0 })).status());
  }
  return { pages: seen, links, status: checked };
}

for (const javaScript of [true, false]) {
  test.describe(`every link under ${FIXTURE_SITE.base}, ${javaScript ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test('answers 200, stays under the base, never names localhost, and has absolute canonical URLs', async ({
      page,
      request,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      const base = new URL(baseURL!);
      const { pages, links, status } = await crawl(page, request, baseURL!);
      expect(pages.size).toBeGreaterThanOrEqual(entryPoints.length + widgetViews.length);

      const broken = [...status].filter(([, code]) => code !== 200).map(([url, code]) => `${code} ${url}`);
      expect(broken, 'same-site links that do not answer 200').toEqual([]);
      const outside = links
        .filter(({ url }) => new URL(url).origin === base.origin && !new URL(url).pathname.startsWith(base.pathname))
        .map(({ from, url }) => `${url} (on ${from})`);
      expect(outside, `links outside ${base.pathname}`).toEqual([]);
      // The pages run on localhost here; an address on another localhost (a build-time fallback) would be dead anywhere else.
      const foreignLocalhost = links
        .filter(
          ({ url }) => /localhost|127\.0\.0\.1/.test(new URL(url).hostname) && new URL(url).origin !== base.origin,
        )
        .map(({ from, url }) => `${url} (on ${from})`);
      expect(foreignLocalhost, 'links to a localhost that is not this site').toEqual([]);

      for (const page of entryPoints) {
        const expected = `${FIXTURE_SITE.siteUrl}${page}`;
        const from = new URL(page, base).href;
        const own = links.filter((link) => link.from === from);
        expect(own, `canonical of /${page}`).toContainEqual(
          expect.objectContaining({ kind: 'link canonical', url: expected }),
        );
        expect(own, `og:url of /${page}`).toContainEqual(expect.objectContaining({ kind: 'og:url', url: expected }));
      }
    });
  });
}

test('the prerendered HTML names no localhost and no path outside the base', async ({ request, baseURL }) => {
  const base = new URL(baseURL!);
  for (const path of entryPoints) {
    const html = await (await request.get(new URL(path, base).href)).text();
    expect(html.match(/.{0,60}(localhost|127\.0\.0\.1).{0,60}/g) ?? [], path).toEqual([]);
    const paths = [...html.matchAll(/(?:href|src|content)="(\/[^"]*)"/g)].map((match) => match[1]!);
    expect(
      paths.filter((value) => !value.startsWith(base.pathname)),
      path,
    ).toEqual([]);
  }
});

test('every page names itself in every language at the site’s public address, and each answers here', async ({
  request,
  baseURL,
}) => {
  const html = await (await request.get(new URL('es/requests/', baseURL).href)).text();
  const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)" \/>/g)];
  expect(alternates.map(([, lang]) => lang)).toEqual(['en', 'fr', 'es', 'zh-Hans', 'ar', 'x-default']);
  for (const [, lang, href] of alternates) {
    expect(href!.startsWith(FIXTURE_SITE.siteUrl), href).toBe(true);
    const here = new URL(href!.slice(FIXTURE_SITE.siteUrl.length), baseURL).href;
    const response = await request.get(here, { maxRedirects: 0 });
    expect(response.status(), here).toBe(200);
    if (lang !== 'x-default') expect(await response.text(), here).toContain(`<html lang="${lang}"`);
  }
});

test('an address under the base with no file gets the 404 page, whose links stay under the base', async ({
  page,
  baseURL,
  watch,
}) => {
  const base = new URL(baseURL!);
  const response = await page.goto(new URL('no-such-page', base).href);
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page).toHaveURL(base.href);
  // What the browser logs for any page answered with 404, and nothing else.
  expectConsoleErrorsOnly(watch, [/the server responded with a status of 404 \(Not Found\)/]);
});
