import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages/en';

interface Props {
  queryClient: QueryClient;
  locale: Locale;
  messages: Messages;
  rememberLocale?: boolean;
  children: ReactNode;
}

export function AppProviders({ queryClient, locale, messages, rememberLocale, children }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLocale={locale} initialMessages={messages} remember={rememberLocale}>
        {children}
      </I18nProvider>
    </QueryClientProvider>
  );
}
