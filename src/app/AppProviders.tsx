import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import type { I18nStore } from '../i18n/I18nStore';

interface Props {
  queryClient: QueryClient;
  i18n: I18nStore;
  children: ReactNode;
}

export function AppProviders({ queryClient, i18n, children }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider store={i18n}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
