import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppProviders } from '../../src/app/AppProviders';
import type { Locale } from '../../src/i18n/locale';
import { I18nStore } from '../../src/i18n/I18nStore';
import { allMessages } from '../../src/i18n/messages/all';

export function createTestQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

interface Options {
  /** The address the page is shown at (jsdom's own history: the router reads and writes it). */
  path?: string;
  locale?: Locale;
  /** The cache, when the test needs it before rendering. */
  queryClient?: QueryClient;
}

/** Renders a page inside the real providers at an address, against msw. */
export function renderWithProviders(
  element: ReactNode,
  { path = '/', locale = 'en', queryClient = createTestQueryClient() }: Options = {},
) {
  window.history.replaceState(null, '', path);
  const view = render(
    <AppProviders queryClient={queryClient} i18n={I18nStore.complete(locale, allMessages[locale])}>
      {element}
    </AppProviders>,
  );
  return { ...view, queryClient };
}
