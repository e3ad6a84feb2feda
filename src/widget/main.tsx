import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '../app/AppProviders';
import { createQueryClient } from '../app/queryClient';
import { I18nStore } from '../i18n/I18nStore';
import type { Namespace } from '../i18n/namespaces';
import { applyTheme } from '../lib/theme';
import '../styles/global.css';
import '../styles/overview.css';
import './widget.css';
import { Widget } from './Widget';
import { parseWidgetParams, type WidgetView } from '../lib/widgetParams';

const viewNamespaces: Record<WidgetView, Namespace> = {
  stats: 'overview',
  map: 'overview',
  requests: 'requests',
  controls: 'controls',
};

async function startMockApiInDevelopment() {
  if (!import.meta.env.DEV || import.meta.env.VITE_API_BASE_URL) return;
  const { startMockApi } = await import('../../mocks/browser');
  await startMockApi('');
}

/** The embeddable widget: static data only, no storage, no service worker in production. */
async function main() {
  const { params, problems } = parseWidgetParams(window.location.search);
  applyTheme(params.theme, false);
  const i18n = new I18nStore(params.lang);
  await Promise.all([i18n.require(['common', 'widget', viewNamespaces[params.view]]), startMockApiInDevelopment()]);
  const root = document.getElementById('root');
  if (!root) throw new Error('widget.html has no #root element');
  const queryClient = createQueryClient();
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient} i18n={i18n} rememberLocale={false}>
        <Widget params={params} problems={problems} />
      </AppProviders>
    </StrictMode>,
  );
}

void main();
