import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import type { PublishedPackage } from '../api/datapackage';
import { pageFolder } from '../lib/pageFolder';
import { directionOf, localeFolder, locales, type Locale } from '../i18n/locale';
import { widgetViews } from '../lib/widgetParams';
import { periodsOf } from '../features/requests/aggregate';
import { withContentSecurityPolicy } from './contentSecurityPolicy';
import type { RenderedWidget } from './renderWidget';
import { stylesOfViews, widgetFiles } from './staticWidgets';
import { forFirstPaint } from './firstPaint';
import { escapeJson } from './inlineScript';
import { bootMessages } from '../i18n/bootMessages';
import { hostHeaders } from './hostHeaders';
import { buildApiFiles } from '../api/publish';
import { API_VERSION_PATH, RELEASES_FEED_FILE } from '../api/resources';
import { PRERENDERED_ID, type Prerendered } from '../app/prerendered';
import type { RenderedPage } from './renderPage';

export interface StaticSiteOptions {
  /** The checked package to publish; none when a real API serves the data (VITE_API_BASE_URL). */
  contents: PublishedPackage | null;
  /** Paths (without leading slash) that get their own copy of index.html. */
  routes: string[];
  /** The site's public address (SITE_URL), for canonical links and link previews. */
  siteUrl?: string;
  /** Where a real API lives (VITE_API_BASE_URL), which the pages may then fetch from. */
  apiBaseUrl?: string;
}

/** The public address of a route in one language, under the site's (SITE_URL). */
function pageAddress(route: string, locale: Locale, siteUrl: string): string {
  const path = `${localeFolder(locale)}${pageFolder(route.replace(/^\//, ''))}`;
  return new URL(path, siteUrl.replace(/\/?$/, '/')).href;
}

/**
 * The page in every language, for search engines; English is the default. Search engines read
 * only absolute addresses here, so, like the canonical link, these need the site's address.
 */
function languageAlternates(route: string, siteUrl: string): string[] {
  return [
    ...locales.map(
      (locale) => `<link rel="alternate" hreflang="${locale}" href="${pageAddress(route, locale, siteUrl)}" />`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${pageAddress(route, 'en', siteUrl)}" />`,
  ];
}

/** The page static hosts serve, with status 404, at an address they have no file for. */
export const NOT_FOUND_FILE = '404.html';

/**
 * Puts a rendered page into the index.html template, in its language, with its title, description,
 * preview tags and the addresses of its other languages. Every insertion is a replacement function:
 * a string replacement would read `$&` or `$'` in the data as a pattern and splice template text
 * into the page.
 */
export function injectPage(template: string, page: RenderedPage, siteUrl?: string): string {
  const url = siteUrl ? pageAddress(page.path, page.locale, siteUrl) : null;
  const head = [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${page.title}" />`,
    `<meta property="og:description" content="${page.description}" />`,
    `<meta name="twitter:card" content="summary" />`,
    ...(url ? [`<link rel="canonical" href="${url}" />`, `<meta property="og:url" content="${url}" />`] : []),
    ...(siteUrl ? languageAlternates(page.path, siteUrl) : []),
    // HTML that arrives in pieces would otherwise be painted half-parsed: grids, wrapping rows and
    // tables lay out again as the rest arrives, and the content shifts. The first frame waits for
    // the element after the prerendered page.
    `<link rel="expect" href="#${PRERENDERED_ID}" blocking="render" />`,
  ].join('\n    ');
  const prerendered = escapeJson({
    path: page.path,
    locale: page.locale,
    queryState: page.queryState,
  } satisfies Prerendered);
  return withDocumentLanguage(template, page.locale)
    .replace(/<title>.*?<\/title>/, () => `<title>${page.title}</title>`)
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/>/,
      () => `<meta name="description" content="${page.description}" />`,
    )
    .replace('</head>', () => `    ${head}\n  </head>`)
    .replace(
      '<div id="root"></div>',
      () =>
        `<div id="root">${page.html}</div>\n    <script type="application/json" id="${PRERENDERED_ID}">${prerendered}</script>`,
    );
}

/** The page's language and direction from its first byte, so that it paints the right way round. */
function withDocumentLanguage(template: string, locale: Locale): string {
  return template.replace(/<html lang="[^"]*"/, () => `<html lang="${locale}" dir="${directionOf(locale)}"`);
}

/**
 * Every page names the feed of data releases, so a feed reader finds it from any of them; the name
 * is in the page's language (`title` as `renderPage` gives it, escaped).
 */
export function withFeedLink(html: string, href: string, title: string): string {
  return html.replace(
    '</head>',
    () => `  <link rel="alternate" type="application/atom+xml" title="${title}" href="${href}" />\n  </head>`,
  );
}

async function renderAll(
  { root, base, mode }: { root: string; base: string; mode: string },
  contents: PublishedPackage,
  paths: string[],
): Promise<{ pages: Map<string, RenderedPage>; notFound: RenderedPage; widgets: RenderedWidget[] }> {
  // The same base and mode as the client build, so that links and settings read the same on both sides.
  const server = await createServer({
    root,
    base,
    mode,
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    // It serves no browser, so it has no dependencies to pre-bundle. Scanning for them would read
    // the app's modules without the plugins that make its virtual modules, and print a failure.
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { renderPage } = (await server.ssrLoadModule('/src/build/renderPage.tsx')) as typeof import('./renderPage');
    const { renderWidget } = (await server.ssrLoadModule(
      '/src/build/renderWidget.tsx',
    )) as typeof import('./renderWidget');
    // Keyed by the folder each page is written to: requests/, fr/requests/.
    const pages = new Map<string, RenderedPage>();
    // Each page at the address a static host serves it from, its folder: links on it then keep the slash.
    for (const locale of locales) {
      for (const route of paths) {
        pages.set(`${localeFolder(locale)}${route}`, await renderPage(`/${pageFolder(route)}`, contents, locale));
      }
    }
    // Each view in each language, and the requests view for each period too, as the generator offers them.
    const periods = periodsOf(contents.dataset.accessRequests);
    const widgets = locales.flatMap((lang) => [
      ...widgetViews.map((view) => renderWidget(view, lang, contents)),
      ...periods.map((period) => renderWidget('requests', lang, contents, period)),
    ]);
    // Served by the host at any address it has no file for: the browser then renders the not-found page in the address's language.
    const notFound = await renderPage(`/${NOT_FOUND_FILE}`, contents, locales[0]);
    return { pages, notFound, widgets };
  } finally {
    await server.close();
  }
}

/**
 * Publishes the package as static files under /api/v1 and writes each route's HTML,
 * prerendered from the same data, so deep links work on any static host and the first
 * paint already shows the content. With a real API (no package), pages render in the browser.
 */
export function staticSite({ contents, routes, siteUrl, apiBaseUrl }: StaticSiteOptions): Plugin {
  const apiOrigin = apiBaseUrl && /^https?:\/\//.test(apiBaseUrl) ? new URL(apiBaseUrl).origin : null;
  const secure = (html: string) => withContentSecurityPolicy(html, { apiOrigin });
  let outDir = 'dist';
  let build = { root: process.cwd(), base: '/', mode: 'production' };
  return {
    name: 'drd-static-site',
    apply: 'build',
    configResolved(config) {
      build = { root: config.root, base: config.base, mode: config.mode };
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async generateBundle() {
      if (!contents) return;
      const files = contents.files ?? {
        text: Object.fromEntries(await buildApiFiles(contents.dataset, contents.info, contents.translations)),
        binary: {},
      };
      for (const [file, source] of Object.entries(files.text)) {
        this.emitFile({ type: 'asset', fileName: `${API_VERSION_PATH}/${file}`, source });
      }
      for (const [file, base64] of Object.entries(files.binary)) {
        this.emitFile({
          type: 'asset',
          fileName: `${API_VERSION_PATH}/${file}`,
          source: Buffer.from(base64, 'base64'),
        });
      }
    },
    async writeBundle(_options, bundle) {
      // msw's worker serves the mock API in development only; a published site never needs it.
      await rm(path.join(outDir, 'mockServiceWorker.js'), { force: true });
      const readAsset = (href: string) => readFile(path.join(outDir, href.slice(build.base.length)), 'utf8');
      const indexHtml = await readFile(path.join(outDir, 'index.html'), 'utf8');
      const feed = `${build.base}${API_VERSION_PATH}/${RELEASES_FEED_FILE}`;
      const templates = new Map<Locale, string>();
      for (const locale of locales) {
        templates.set(locale, await forFirstPaint(indexHtml, readAsset, { [locale]: bootMessages[locale] }));
      }
      const paths = ['', ...routes];
      const rendered = contents ? await renderAll(build, contents, paths) : null;
      const pages = rendered?.pages;
      // Each route in each language has its own file; with a real API they render in the browser.
      const folders = locales.flatMap((locale) =>
        paths.map((route) => ({ locale, folder: localeFolder(locale) + route })),
      );
      for (const { locale, folder } of folders) {
        await mkdir(path.join(outDir, folder), { recursive: true });
        const page = pages?.get(folder);
        const template = templates.get(locale)!;
        const html = page
          ? withFeedLink(injectPage(template, page, siteUrl), feed, page.feedTitle)
          : withDocumentLanguage(template, locale);
        await writeFile(path.join(outDir, folder, 'index.html'), secure(html));
      }
      // Served at any address, /fr/… included: its script carries every language's words.
      const notFoundTemplate = await forFirstPaint(indexHtml, readAsset, bootMessages);
      const notFound = rendered ? injectPage(notFoundTemplate, rendered.notFound) : notFoundTemplate;
      await writeFile(path.join(outDir, NOT_FOUND_FILE), secure(notFound));
      const widgetHtml = await readFile(path.join(outDir, 'widget.html'), 'utf8');
      const widgets = await widgetFiles(widgetHtml, readAsset, {
        written: rendered?.widgets ?? null,
        viewStyles: rendered ? stylesOfViews(bundle, build.base) : {},
        dataset: contents?.dataset ?? null,
        base: build.base,
      });
      for (const [file, html] of widgets) {
        await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
        await writeFile(path.join(outDir, file), secure(html));
      }
      await writeFile(
        path.join(outDir, '_headers'),
        hostHeaders(
          build.base,
          folders.map(({ folder }) => pageFolder(folder)),
        ),
      );
    },
  };
}
