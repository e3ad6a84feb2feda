import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProviders } from './app/AppProviders';
import { createQueryClient } from './app/queryClient';
import { createRouter } from './app/router';
import { I18nStore } from './i18n/I18nStore';
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
  const i18n = new I18nStore(initialLocale(window.location.search));
  await Promise.all([i18n.require(['common']), startMockApiInDevelopment()]);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={createQueryClient()} i18n={i18n}>
        <RouterProvider router={createRouter(i18n)} />
      </AppProviders>
    </StrictMode>,
  );
}

void main();
