import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Footer } from './Footer';
import { Header } from './Header';
import { useMarkReady } from './useMarkReady';

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  useMarkReady();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipLink')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <Footer />
    </>
  );
}
