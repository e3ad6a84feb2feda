import type { ResourceKey } from '../api/resources';
import type { TranslationFile } from '../api/schemas';
import type { Locale } from '../i18n/locale';
import type { WidgetView } from '../lib/widgetParams';

/** The id of the JSON script in a widget view written at build time: the build writes it, main.tsx reads it. */
export const PRERENDERED_WIDGET_ID = 'drd-prerendered-widget';

/** What a widget view written at build time carries, for the script that takes it over. */
export interface PrerenderedWidget {
  view: WidgetView;
  lang: Locale;
  /** The requests view's chosen period; null for the latest. */
  period: string | null;
  /**
   * The package's data the view was rendered from, by resource, and its translation into the view's
   * language: laid over it in the browser, as it was at build time, so that the marks of what is
   * translated (which JSON cannot carry) are the same on both sides.
   */
  resources: Partial<Record<ResourceKey, unknown>>;
  translation: TranslationFile | null;
}

/** The resources each view reads, so its fetches start while its code and messages load. */
export const viewResources: Record<WidgetView, ResourceKey[]> = {
  stats: ['meta', 'accessRequests', 'requestCategories', 'storageLocations', 'accessControls'],
  map: ['meta', 'storageLocations', 'replicationFlows'],
  requests: ['meta', 'accessRequests', 'requestCategories'],
  controls: ['meta', 'accessControls'],
};

/** Views whose data and code fit a page written at build time with no framework at all. */
export const staticViews: readonly WidgetView[] = ['stats', 'controls'];
