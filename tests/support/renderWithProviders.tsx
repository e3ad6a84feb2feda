import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../../src/app/AppProviders';
import type { Locale } from '../../src/i18n/locale';
import { I18nStore } from '../../src/i18n/I18nStore';
import { allMessages } from '../../src/i18n/messages/all';

export function createTestQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

interface Options {
  path?: string;
  route?: string;
  locale?: Locale;
}

/** Renders a page inside the real providers and a memory router, against msw. */
export function renderWithProviders(element: ReactNode, { path = '/', route = '/', locale = 'en' }: Options = {}) {
  const queryClient = createTestQueryClient();
  const router = createMemoryRouter([{ path: route, element }], { initialEntries: [path] });
  const view = render(
    <AppProviders queryClient={queryClient} i18n={I18nStore.complete(locale, allMessages[locale])}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient };
}
