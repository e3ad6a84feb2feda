import type { Rolldown } from 'vite';
import type { Dataset } from '../api/resources';
import { directionOf, locales } from '../i18n/locale';
import { themes } from '../lib/theme';
import { RESIZE_MESSAGE_TYPE, widgetViews, writtenWidgetPath, type WidgetView } from '../lib/widgetParams';
import { PRERENDERED_WIDGET_ID, staticViews, viewResources, type PrerenderedWidget } from '../widget/prerenderedWidget';
import {
  openWrittenView,
  runStaticWidget,
  type StaticWidgetConfig,
  type WrittenViewsConfig,
} from '../widget/staticWidget';
import { forFirstPaint, inlineStyles } from './firstPaint';
import type { RenderedWidget } from './renderWidget';
import { periodsOf } from '../features/requests/aggregate';
import { escapeJson, inlineCall } from './inlineScript';
import { escapeMarkup } from '../lib/escapeMarkup';
import { startModulesAfterFirstFrame } from '../lib/startModules';
import { bootMessages } from '../i18n/bootMessages';

interface Options {
  /** The CSS the view's own code brings, inline so that it shows as written without that code. */
  styles: { href: string; css: string }[];
  dataset: Dataset;
  /** The site's base path, e.g. /transparency/. */
  base: string;
  /** The widget's module scripts, taken out of widget.html. */
  modules: string[];
}

/**
 * A widget view written at build time, from widget.html with its CSS inline and its scripts taken
 * out: its markup, in its language, and the small inline script every such view runs. The stats
 * and controls views stop there, with no framework at all; the map and requests views also carry
 * their data and start the widget's modules, which hydrate them. In a sandboxed frame, where those
 * modules cannot load, they keep showing their figures as text.
 */
export function staticWidgetPage(
  template: string,
  rendered: RenderedWidget,
  { styles, dataset, base, modules }: Options,
): string {
  const { view, lang } = rendered;
  const hydrates = !staticViews.includes(view);
  const config: StaticWidgetConfig = {
    metaUrl: `${base}api/v1/meta.json`,
    dataVersion: dataset.meta.dataVersion,
    modules: hydrates ? modules : [],
    resizeType: RESIZE_MESSAGE_TYPE,
  };
  let page = template
    .replace(/<html lang="[^"]*"/, () => `<html lang="${lang}" dir="${directionOf(lang)}"`)
    .replace(/<title>.*?<\/title>/, () => `<title>${escapeMarkup(rendered.title)}</title>`)
    .replace(
      '</head>',
      () =>
        `${styles.map(({ href, css }) => `  <style>${css}</style>\n    <link rel="stylesheet" href="${href}" disabled />\n  `).join('')}  ${inlineCall(runStaticWidget, config, startModulesAfterFirstFrame)}\n  </head>`,
    )
    .replace(
      '<div id="root"></div>',
      () =>
        `<div id="root">${rendered.html}</div>\n    <p id="drd-stale" class="widget-stale" role="status" hidden>${rendered.staleNote}</p>`,
    )
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, () => '');
  if (!hydrates) {
    // No framework, so no loader looks for the markers of the CSS already inline.
    return page.replace(/\s*<link rel="stylesheet"[^>]*disabled \/>/g, () => '');
  }
  const prerendered: PrerenderedWidget = {
    view,
    lang,
    period: rendered.period,
    resources: Object.fromEntries(viewResources[view].map((key) => [key, rendered.dataset[key]])),
    translation: rendered.translation,
  };
  page = page.replace(
    '<p id="drd-stale"',
    () =>
      `<script type="application/json" id="${PRERENDERED_WIDGET_ID}">${escapeJson(prerendered)}</script>\n    <p id="drd-stale"`,
  );
  return page;
}

/** widget.html, sending addresses the build wrote a view for on to that view before anything else loads. */
export function withWrittenViews(widgetPage: string, config: WrittenViewsConfig): string {
  return widgetPage.replace(
    /<meta charset="[^"]*" \/>/,
    (charset) => `${charset}\n    ${inlineCall(openWrittenView, config)}`,
  );
}

/**
 * The widget's pages, by path in the published folder: widget.html, and, where the build rendered
 * them (it publishes its own data), each view in each language, with widget.html sending the
 * addresses of old embed codes on to them.
 */
export async function widgetFiles(
  widgetHtml: string,
  readAsset: (href: string) => Promise<string>,
  {
    written,
    viewStyles,
    dataset,
    base,
  }: {
    written: RenderedWidget[] | null;
    /** The stylesheets each view's code imports, as the build named them. */
    viewStyles: Partial<Record<WidgetView, string[]>>;
    dataset: Dataset | null;
    base: string;
  },
): Promise<Map<string, string>> {
  // widget.html takes its language from ?lang=, so it carries every language's words.
  const widgetPage = await forFirstPaint(widgetHtml, readAsset, bootMessages);
  if (!written || !dataset) return new Map([['widget.html', widgetPage]]);
  const files = new Map([
    [
      'widget.html',
      withWrittenViews(widgetPage, {
        base,
        views: widgetViews,
        langs: locales,
        themes,
        periods: periodsOf(dataset.accessRequests),
      }),
    ],
  ]);
  const { html: template, modules } = await inlineStyles(widgetHtml, readAsset);
  for (const rendered of written) {
    const styles = await Promise.all(
      (viewStyles[rendered.view] ?? [])
        .filter((href) => !template.includes(`href="${href}"`))
        .map(async (href) => ({ href, css: (await readAsset(href)).trim() })),
    );
    files.set(
      writtenWidgetPath('', rendered.view, rendered.lang, rendered.period),
      staticWidgetPage(template, rendered, { styles, dataset, base, modules }),
    );
  }
  return files;
}

/** The modules the widget loads for its views: their chunks name the CSS they bring. */
const viewModules: Partial<Record<WidgetView, string>> = {
  map: 'src/widget/MapView.tsx',
  requests: 'src/widget/RequestsView.tsx',
};

/**
 * The stylesheets of each view's chunk and of the chunks it imports statically, under the base
 * path, from the bundle as Vite describes it (OutputChunk.viteMetadata.importedCss).
 */
export function stylesOfViews(bundle: Rolldown.OutputBundle, base: string): Partial<Record<WidgetView, string[]>> {
  const chunks = Object.values(bundle).filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  const styles = (chunk: Rolldown.OutputChunk, seen: Set<string>): string[] => {
    if (seen.has(chunk.fileName)) return [];
    seen.add(chunk.fileName);
    const imported = chunk.imports.flatMap((name) => {
      const child = chunks.find((candidate) => candidate.fileName === name);
      return child ? styles(child, seen) : [];
    });
    return [...imported, ...(chunk.viteMetadata?.importedCss ?? [])];
  };
  const result: Partial<Record<WidgetView, string[]>> = {};
  for (const [view, module] of Object.entries(viewModules) as [WidgetView, string][]) {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(`/${module}`));
    if (!chunk) throw new Error(`The build has no chunk for ${module}; the written ${view} widget would lack its CSS.`);
    result[view] = [...new Set(styles(chunk, new Set()))].map((file) => `${base}${file}`);
  }
  return result;
}
