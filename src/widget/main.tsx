import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '../app/AppProviders';
import { loadMessages } from '../i18n/loadMessages';
import { applyTheme } from '../lib/theme';
import '../styles/global.css';
import '../styles/overview.css';
import './widget.css';
import { Widget } from './Widget';
import { parseWidgetParams } from '../lib/widgetParams';

async function startMockApiInDevelopment() {
  if (!import.meta.env.DEV || import.meta.env.VITE_API_BASE_URL) return;
  const { startMockApi } = await import('../../mocks/browser');
  await startMockApi('');
}

/** The embeddable widget: static data only, no storage, no service worker in production. */
async function main() {
  const { params, problems } = parseWidgetParams(window.location.search);
  applyTheme(params.theme, false);
  const [messages] = await Promise.all([loadMessages(params.lang), startMockApiInDevelopment()]);
  const root = document.getElementById('root');
  if (!root) throw new Error('widget.html has no #root element');
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: 1, retryDelay: 500, refetchOnWindowFocus: false } },
  });
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient} locale={params.lang} messages={messages} rememberLocale={false}>
        <Widget params={params} problems={problems} />
      </AppProviders>
    </StrictMode>,
  );
}

void main();
