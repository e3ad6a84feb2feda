import { Link } from '../lib/navigation';
import { useI18n } from '../i18n/I18nProvider';
import { pageLink } from '../lib/pageLink';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section>
      <title>{t('notFound.title')}</title>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to={pageLink('/')}>{t('notFound.home')}</Link>
    </section>
  );
}
