import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProviders } from './app/AppProviders';
import { createQueryClient } from './app/queryClient';
import { createRouter } from './app/router';
import { loadMessages } from './i18n/loadMessages';
import { initialLocale } from './i18n/locale';
import { applyTheme, storedTheme } from './lib/theme';
import './styles/global.css';
import './styles/overview.css';

async function startMockApiInDevelopment() {
  // Written against import.meta.env directly so the build drops msw entirely.
  if (!import.meta.env.DEV || import.meta.env.VITE_API_BASE_URL) return;
  const { startMockApi } = await import('../mocks/browser');
  await startMockApi(window.location.search);
}

async function main() {
  applyTheme(storedTheme(), false);
  const locale = initialLocale(window.location.search);
  const [messages] = await Promise.all([loadMessages(locale), startMockApiInDevelopment()]);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={createQueryClient()} locale={locale} messages={messages}>
        <RouterProvider router={createRouter()} />
      </AppProviders>
    </StrictMode>,
  );
}

void main();
