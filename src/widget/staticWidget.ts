export interface StaticWidgetConfig {
  /** meta.json, as the widget's page reaches it. */
  metaUrl: string;
  /** The data version the page was written from. */
  dataVersion: string;
  /** React takes the view over (map, requests) and marks the page ready itself. */
  hydrates: boolean;
  /** The message the host script listens for. */
  resizeType: string;
}

/**
 * All that a widget view written at build time runs: the theme from ?theme=, its height for the
 * host page, and a check that its figures are still the published ones. The build writes it into
 * the page as an inline script, so it refers to nothing outside itself; it runs in a sandboxed
 * frame too, where the page has no origin of its own and may load no module.
 */
export function runStaticWidget(config: StaticWidgetConfig): void {
  const root = document.documentElement;
  const theme = new URLSearchParams(window.location.search).get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);

  const start = () => {
    if (window.parent !== window && typeof ResizeObserver === 'function') {
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
    }
    if (!config.hydrates) root.setAttribute('data-ready', '');
    // Where the frame may not fetch (a sandbox, a host without CORS), the view keeps the figures it was written with.
    fetch(config.metaUrl, { cache: 'no-cache', credentials: 'omit' })
      .then((response) => (response.ok ? response.json() : null))
      .then((meta: { dataVersion?: string } | null) => {
        if (meta && meta.dataVersion !== config.dataVersion) {
          const note = document.getElementById('drd-stale');
          if (note) note.hidden = false;
        }
      })
      .catch(() => undefined);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
