import { showLoadFailure } from '../components/showLoadFailure';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ResourceKey } from '../api/resources';
import { retryPolicy } from '../api/retryPolicy';
import { I18nProvider } from '../i18n/I18nProvider';
import { I18nStore } from '../i18n/I18nStore';
import { warmUpIntl } from '../i18n/translator';
import type { Namespace } from '../i18n/namespaces';
import { FetchCache } from '../lib/fetchCache';
import { applyTheme } from '../lib/theme';
import '../styles/global.css';
import '../styles/overview.css';
import './widget.css';
import { prefetchResources, ResourceCacheProvider } from './useResource';
import { preloadView, Widget } from './Widget';
import { parseWidgetParams, type WidgetView } from '../lib/widgetParams';

const viewNamespaces: Record<WidgetView, Namespace> = {
  stats: 'overview',
  map: 'overview',
  requests: 'requests',
  controls: 'controls',
};

// What each view reads, so its fetches start while its code and messages load.
const viewResources: Record<WidgetView, ResourceKey[]> = {
  stats: ['meta', 'accessRequests', 'requestCategories', 'storageLocations', 'accessControls'],
  map: ['meta', 'storageLocations', 'replicationFlows'],
  requests: ['meta', 'accessRequests', 'requestCategories'],
  controls: ['meta', 'accessControls'],
};

async function startMockApiInDevelopment() {
  if (!import.meta.env.DEV || import.meta.env.VITE_API_BASE_URL) return;
  const { startMockApi } = await import('../../mocks/browser');
  await startMockApi('');
}

/**
 * The embeddable widget: static data only, no storage, no service worker in production.
 * It reads the API through useResource, not TanStack Query, to stay within its byte budget.
 */
async function main() {
  const { params, problems } = parseWidgetParams(window.location.search);
  applyTheme(params.theme, false);
  const i18n = new I18nStore(params.lang);
  warmUpIntl(i18n.getSnapshot().locale);
  const resources = new FetchCache(retryPolicy);
  const prefetch = async () => {
    await startMockApiInDevelopment();
    if (problems.length > 0) return;
    prefetchResources(resources, viewResources[params.view]);
    preloadView(params.view);
  };
  await Promise.all([i18n.require(['common', 'widget', viewNamespaces[params.view]]), prefetch()]);
  const root = document.getElementById('root');
  if (!root) throw new Error('widget.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <I18nProvider store={i18n} remember={false}>
        <ResourceCacheProvider value={resources}>
          <Widget params={params} problems={problems} />
        </ResourceCacheProvider>
      </I18nProvider>
    </StrictMode>,
  );
}

main().catch((error: unknown) => {
  showLoadFailure(parseWidgetParams(window.location.search).params.lang);
  throw error;
});
