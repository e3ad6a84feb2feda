import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** The widget's main landmark, named: the page that embeds it has a main landmark of its own. */
export function WidgetMain({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <main className="widget" aria-label={t('widget.landmark')}>
      {children}
    </main>
  );
}
