import { useI18n } from '../i18n/I18nProvider';

/** Last line of defence: a render error still leaves a readable page. */
export function RouteError() {
  const { t } = useI18n();
  return (
    <main id="main" className="route-error">
      <div role="alert" className="error-panel">
        <p className="error-panel__title">{t('routeError.title')}</p>
        <p>{t('routeError.body')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('error.retry')}
        </button>
      </div>
    </main>
  );
}
