import { reportLoadFailure } from '../lib/loadFailed';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { retryPolicy } from '../api/retryPolicy';
import { I18nProvider } from '../i18n/I18nProvider';
import { setDocumentLanguage } from '../i18n/documentLanguage';
import { I18nStore } from '../i18n/I18nStore';
import { warmUpIntlOffMainThread } from '../i18n/intlWarmUp';
import type { Namespace } from '../i18n/namespaces';
import { FetchCache } from '../lib/fetchCache';
import { applyTheme } from '../lib/theme';
import '../styles/global.css';
import '../styles/overview.css';
import './widget.css';
import { prefetchResources, ResourceCacheProvider, seedWrittenResources } from './useResource';
import { PRERENDERED_WIDGET_ID, viewResources, type PrerenderedWidget } from './prerenderedWidget';
import { preloadView, viewLoaders, Widget } from './Widget';
import { parseWidgetParams, type WidgetView } from '../lib/widgetParams';

const viewNamespaces: Record<WidgetView, Namespace> = {
  stats: 'overview',
  map: 'overview',
  requests: 'requests',
  controls: 'controls',
};

async function startMockApiInDevelopment() {
  if (!import.meta.env.DEV || import.meta.env.VITE_API_BASE_URL) return;
  const { startMockApi } = await import('virtual:drd-mock-api');
  await startMockApi('');
}

/**
 * The embeddable widget: static data only, no storage, no service worker in production.
 * It reads the API through useResource, not TanStack Query, to stay within its byte budget.
 */
function readPrerendered(): PrerenderedWidget | null {
  const script = document.getElementById(PRERENDERED_WIDGET_ID);
  return script?.textContent ? (JSON.parse(script.textContent) as PrerenderedWidget) : null;
}

async function main() {
  // A view written at build time names its view and language; only its theme comes from the address.
  const prerendered = readPrerendered();
  const fromAddress = parseWidgetParams(window.location.search);
  const { params, problems } = prerendered
    ? {
        params: {
          view: prerendered.view,
          lang: prerendered.lang,
          theme: fromAddress.params.theme,
          period: prerendered.period,
        },
        problems: [],
      }
    : fromAddress;
  applyTheme(params.theme, false);
  const i18n = new I18nStore(params.lang);
  setDocumentLanguage(params.lang);
  const intlWarmedUp = warmUpIntlOffMainThread(params.lang);
  const resources = new FetchCache(retryPolicy);
  if (prerendered) seedWrittenResources(resources, prerendered.resources, prerendered.translation);
  const prefetch = async () => {
    await startMockApiInDevelopment();
    if (problems.length > 0) return;
    prefetchResources(resources, viewResources[params.view], params.lang);
    preloadView(params.view);
  };
  const [, , View] = await Promise.all([
    i18n.require(['common', 'widget', viewNamespaces[params.view]]),
    prefetch(),
    // A prerendered view hydrates: its code is there before React compares it with the page.
    prerendered && params.view !== 'stats' ? viewLoaders[params.view]().then((module) => module.default) : null,
    intlWarmedUp,
  ]);
  const root = document.getElementById('root');
  if (!root) throw new Error('widget.html has no #root element');
  const app = (
    <StrictMode>
      <I18nProvider store={i18n}>
        <ResourceCacheProvider value={resources}>
          <Widget params={params} problems={problems} view={View ?? undefined} />
        </ResourceCacheProvider>
      </I18nProvider>
    </StrictMode>
  );
  if (prerendered) startTransition(() => void hydrateRoot(root, app));
  else createRoot(root).render(app);
}

main().catch((error: unknown) => {
  reportLoadFailure();
  throw error;
});
