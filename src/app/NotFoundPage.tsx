import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { useLocalizedPath } from '../i18n/useLocalizedPath';

export function NotFoundPage() {
  const { t } = useI18n();
  const localized = useLocalizedPath();
  return (
    <section>
      <title>{t('notFound.title')}</title>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to={localized('/')}>{t('notFound.home')}</Link>
    </section>
  );
}
