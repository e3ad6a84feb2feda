import type { startModulesAfterFirstFrame } from '../lib/startModules';

export interface StaticWidgetConfig {
  /** meta.json, as the widget's page reaches it. */
  metaUrl: string;
  /** The data version the page was written from. */
  dataVersion: string;
  /** The widget's modules, for the views React takes over (map, requests); none for the others. */
  modules: string[];
  /** The message the host script listens for. */
  resizeType: string;
}

/**
 * All that a widget view written at build time runs: the theme from ?theme=, its height for the
 * host page, a check that its figures are still the published ones, and, for the views React
 * takes over, their modules once the first frame is painted. The build writes it into the page as
 * an inline script, so it refers to nothing outside itself.
 *
 * In a frame sandboxed without allow-same-origin the page has an opaque origin ("null"): a static
 * host without CORS headers refuses it both module scripts and meta.json. The view then keeps the
 * figures it was written with, as text, and asks for neither, so that nothing fails in the console.
 */
export function runStaticWidget(config: StaticWidgetConfig, startModules: typeof startModulesAfterFirstFrame): void {
  const root = document.documentElement;
  const opaqueOrigin = self.origin === 'null';
  const theme = new URLSearchParams(window.location.search).get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);

  const reportHeight = () => {
    if (window.parent === window || typeof ResizeObserver !== 'function') return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // Only a height is sent, so any parent may read it.
      window.parent.postMessage({ type: config.resizeType, height }, '*');
    };
    new ResizeObserver(post).observe(document.body);
    post();
  };

  const checkFreshness = () => {
    fetch(config.metaUrl, { cache: 'no-cache', credentials: 'omit' })
      .then((response) => (response.ok ? response.json() : null))
      .then((meta: { dataVersion?: string } | null) => {
        const note = document.getElementById('drd-stale');
        if (!meta || !note) return;
        // The version it was checked against, for whoever wonders whether the check ran.
        note.setAttribute('data-checked-against', String(meta.dataVersion));
        if (meta.dataVersion !== config.dataVersion) note.hidden = false;
      })
      // Offline, or a host that refuses: the view keeps the figures it was written with.
      .catch(() => undefined);
  };

  // What only a script could draw (a map, a chart) goes, widget.css says how; tables open instead.
  const showAsWritten = () => {
    root.setAttribute('data-static', '');
    document.querySelectorAll('details[data-open-when-static]').forEach((details) => {
      (details as HTMLDetailsElement).open = true;
    });
    root.setAttribute('data-ready', '');
  };

  const start = () => {
    // A view React would take over, in a frame where its modules cannot load, stays as written.
    const staysAsWritten = opaqueOrigin && config.modules.length > 0;
    if (staysAsWritten) showAsWritten();
    reportHeight();
    if (!opaqueOrigin) checkFreshness();
    // A page nothing takes over is ready as written; React marks the others once it has.
    if (config.modules.length === 0) root.setAttribute('data-ready', '');
    else if (!staysAsWritten) {
      // Should the widget's code fail once it has started (its messages, say), the view stays as written too.
      window.drdLoadFailed = showAsWritten;
      // Its code did not arrive (or a module it imports): the view keeps its figures as text.
      startModules(config.modules, showAsWritten);
    }
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}

export interface WrittenViewsConfig {
  /** The site's base path. */
  base: string;
  views: readonly string[];
  langs: readonly string[];
  themes: readonly string[];
  /** The periods the requests view was written for. */
  periods: readonly string[];
}

/**
 * For widget.html: an address that names nothing but a view, a language and a theme, as embed codes
 * made before the views were written at build time do, is sent on to the view written for it,
 * which shows the same at once and needs no framework. Anything else (a period, a mistake) stays on
 * widget.html, which shows it or explains what is wrong. Inline in widget.html's head, like
 * runStaticWidget it refers to nothing outside itself.
 */
export function openWrittenView(
  { base, views, langs, themes, periods }: WrittenViewsConfig,
  location: Pick<Location, 'search' | 'replace'> = window.location,
): void {
  const query = new URLSearchParams(location.search);
  const view = query.get('view') ?? '';
  const lang = query.get('lang') ?? 'en';
  const theme = query.get('theme') ?? 'auto';
  const period = query.get('period');
  const known = ['view', 'lang', 'theme', 'period'];
  if (![...query.keys()].every((name) => known.includes(name))) return;
  if (!views.includes(view) || !langs.includes(lang) || !themes.includes(theme)) return;
  if (period !== null && (view !== 'requests' || !periods.includes(period))) return;
  const folder = period === null ? '' : `${period}/`;
  location.replace(`${base}widget/${view}/${folder}${lang}.html${theme === 'auto' ? '' : `?theme=${theme}`}`);
}
