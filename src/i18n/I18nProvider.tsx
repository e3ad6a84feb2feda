import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { I18nStore } from './I18nStore';
import { setDocumentLanguage } from './documentLanguage';
import type { Locale } from './locale';
import { createTranslator, type Translator } from './translator';

interface I18nContextValue extends Translator {
  setLocale: (locale: Locale) => Promise<void>;
}

const I18nContext = createContext<I18nContextValue | null>(null);

interface Props {
  store: I18nStore;
  children: ReactNode;
}

export function I18nProvider({ store, children }: Props) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);

  useEffect(
    function syncDocumentLanguage() {
      setDocumentLanguage(snapshot.locale);
    },
    [snapshot.locale],
  );

  const value = useMemo(
    () => ({
      ...createTranslator(snapshot.locale, snapshot.messages),
      setLocale: (locale: Locale) => store.setLocale(locale),
    }),
    [snapshot, store],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
