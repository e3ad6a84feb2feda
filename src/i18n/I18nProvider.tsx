import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { I18nStore } from './I18nStore';
import { setDocumentLanguage } from './documentLanguage';
import { createTranslator, type Translator } from './translator';

const I18nContext = createContext<Translator | null>(null);

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

  const value = useMemo(() => createTranslator(snapshot.locale, snapshot.messages), [snapshot]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
