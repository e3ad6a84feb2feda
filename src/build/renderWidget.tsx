import type { Dataset } from '../api/resources';
import type { TranslationFile } from '../api/schemas';
import { translateDataset } from '../api/dataTranslations';
import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import type { PublishedPackage } from '../api/datapackage';
import { resourceKeys } from '../api/resources';
import { periodsOf } from '../features/requests/aggregate';
import { retryPolicy } from '../api/retryPolicy';
import { I18nProvider } from '../i18n/I18nProvider';
import { I18nStore } from '../i18n/I18nStore';
import type { Locale } from '../i18n/locale';
import { allMessages } from '../i18n/messages/all';
import { createTranslator } from '../i18n/translator';
import { FetchCache } from '../lib/fetchCache';
import type { WidgetView } from '../lib/widgetParams';
import { ControlsView } from '../widget/ControlsView';
import { MapView } from '../widget/MapView';
import { RequestsView } from '../widget/RequestsView';
import { StatsView } from '../widget/StatsView';
import { ResourceCacheProvider } from '../widget/useResource';
import { WidgetMain } from '../widget/WidgetMain';

export interface RenderedWidget {
  view: WidgetView;
  lang: Locale;
  /** The requests view's period, if one was chosen; the latest otherwise. */
  period: string | null;
  /** The markup of #root. */
  html: string;
  title: string;
  /** The note shown when the published data is newer than this page. */
  staleNote: string;
  /** The package's data, and its translation into the view's language: a view that hydrates lays one over the other. */
  dataset: Dataset;
  translation: TranslationFile | null;
}

const views: Record<WidgetView, (period: string | null) => ReactNode> = {
  stats: () => <StatsView />,
  map: () => <MapView />,
  requests: (period) => <RequestsView period={period} />,
  controls: () => <ControlsView />,
};

/**
 * One widget view in one language, rendered from the build's data with the same components the
 * live widget uses: the views whose data does not change between builds need no framework at all.
 */
export function renderWidget(
  view: WidgetView,
  locale: Locale,
  { dataset: original, translations }: PublishedPackage,
  period: string | null = null,
): RenderedWidget {
  // Written in its language: the data's text too, where the package translates it.
  const translation = translations?.[locale] ?? null;
  const dataset = translateDataset(original, translation);
  const cache = new FetchCache(retryPolicy);
  for (const key of resourceKeys) cache.seed(key, dataset[key]);
  const html = renderToString(
    <StrictMode>
      <I18nProvider store={I18nStore.complete(locale, allMessages[locale])}>
        <ResourceCacheProvider value={cache}>
          <WidgetMain>{views[view](period)}</WidgetMain>
        </ResourceCacheProvider>
      </I18nProvider>
    </StrictMode>,
  );
  const { t, periodLabel } = createTranslator(locale, allMessages[locale]);
  const shownPeriod = period ?? periodsOf(dataset.accessRequests).at(-1) ?? null;
  const titles: Record<WidgetView, string> = {
    stats: t('widget.title.stats', { scope: dataset.meta.scope }),
    map: t('widget.title.map', { scope: dataset.meta.scope }),
    requests: t('widget.title.requests', {
      scope: dataset.meta.scope,
      period: shownPeriod ? periodLabel(shownPeriod) : '',
    }),
    controls: t('widget.title.controls'),
  };
  return {
    view,
    lang: locale,
    period,
    html,
    title: titles[view],
    staleNote: t('widget.stale'),
    dataset: original,
    translation,
  };
}
