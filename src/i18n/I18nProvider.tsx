import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadMessages } from './loadMessages';
import { rememberLocale, type Locale } from './locale';
import type { Messages } from './messages/en';
import { createTranslator, type Translator } from './translator';

interface I18nContextValue extends Translator {
  setLocale: (locale: Locale) => Promise<void>;
}

const I18nContext = createContext<I18nContextValue | null>(null);

interface Props {
  initialLocale: Locale;
  initialMessages: Messages;
  /** Persist the reader's choice (the widget never stores anything). */
  remember?: boolean;
  children: ReactNode;
}

export function I18nProvider({ initialLocale, initialMessages, remember = true, children }: Props) {
  const [state, setState] = useState({ locale: initialLocale, messages: initialMessages });

  useEffect(
    function syncDocumentLanguage() {
      document.documentElement.lang = state.locale;
    },
    [state.locale],
  );

  const setLocale = useCallback(
    async (locale: Locale) => {
      const messages = await loadMessages(locale);
      if (remember) rememberLocale(locale);
      setState({ locale, messages });
    },
    [remember],
  );

  const value = useMemo(() => ({ ...createTranslator(state.locale, state.messages), setLocale }), [state, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
