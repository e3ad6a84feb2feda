import type { Locale } from '../../i18n/locale';
import { escapeMarkup } from '../../lib/escapeMarkup';
import type { Theme } from '../../lib/theme';
import { RESIZE_MESSAGE_TYPE, writtenWidgetPath, type WidgetView } from '../../lib/widgetParams';

export interface EmbedOptions {
  view: WidgetView;
  lang: Locale;
  theme: Theme;
  /** Only the requests view uses a period; null means the latest. */
  period: string | null;
}

/** Height the frame has before (or without) the host script: it scrolls inside. */
export const defaultHeights: Record<WidgetView, number> = {
  stats: 460,
  map: 720,
  requests: 760,
  controls: 640,
};

/** Largest height the host script will set, whatever the frame reports. */
export const MAX_FRAME_HEIGHT = 5000;

/**
 * The fastest address for the chosen widget: the page the build wrote for its view, language and
 * period, with only the theme left to say, where the site publishes its own data; widget.html,
 * which takes every option, where the data comes from a live API.
 */
export function fastestWidgetUrl(siteBase: string, options: EmbedOptions, { written }: { written: boolean }): string {
  if (!written) return widgetUrl(`${siteBase}widget.html`, options);
  const period = options.view === 'requests' ? options.period : null;
  const url = new URL(writtenWidgetPath(siteBase, options.view, options.lang, period));
  if (options.theme !== 'auto') url.searchParams.set('theme', options.theme);
  return url.href;
}

/** Any origin will do to resolve a path against: only the path and query of the result are kept. */
const ANY_ORIGIN = 'https://site.invalid';

/**
 * The fastest address for the chosen widget relative to this site's origin (`basePath` is the
 * site's path, such as "/" or "/transparency/"). Unlike the snippet's absolute address it is known
 * when the page is written at build time, so the written page carries the preview frame and the
 * browser keeps it when it hydrates instead of creating it then.
 */
export function widgetPreviewPath(basePath: string, options: EmbedOptions, how: { written: boolean }): string {
  const url = new URL(fastestWidgetUrl(new URL(basePath, ANY_ORIGIN).href, options, how));
  return `${url.pathname}${url.search}`;
}

export function widgetUrl(widgetPage: string, options: EmbedOptions): string {
  const url = new URL(widgetPage);
  url.search = '';
  url.searchParams.set('view', options.view);
  url.searchParams.set('lang', options.lang);
  url.searchParams.set('theme', options.theme);
  if (options.view === 'requests' && options.period) url.searchParams.set('period', options.period);
  return url.href;
}

/**
 * The host script: sets each widget frame's height from its messages. It only
 * believes a message whose source is one of its frames and whose origin is
 * that frame's origin, and it bounds the height. A frame sandboxed without
 * allow-same-origin has no origin of its own: its messages come from "null".
 */
export const hostScript = `<script>
(function () {
  if (window.__drdWidgetResize) return;
  window.__drdWidgetResize = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== '${RESIZE_MESSAGE_TYPE}') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var frames = document.querySelectorAll('iframe[data-drd-widget]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var opaque = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
      if ((opaque ? 'null' : new URL(frame.src, location.href).origin) !== event.origin) return;
      frame.style.height = Math.min(Math.ceil(height), ${MAX_FRAME_HEIGHT}) + 'px';
      return;
    }
  });
})();
</script>`;

export function embedSnippet(src: string, title: string, view: WidgetView): string {
  const iframe =
    `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" loading="lazy" ` +
    `width="100%" height="${defaultHeights[view]}" style="border:0;width:100%;max-width:100%" data-drd-widget></iframe>`;
  return `${iframe}\n${hostScript}`;
}
