import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '../api/queries';
import { apiFileHref } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';

export function Footer() {
  const { t, formatDate } = useI18n();
  const meta = useQuery(metaQuery());

  return (
    <footer className="site-footer">
      <p className="site-footer__version">
        {meta.data
          ? t('footer.version', {
              version: meta.data.dataVersion,
              date: formatDate(meta.data.lastUpdated),
            })
          : '\u00a0'}
      </p>
      <p>
        <a href={apiFileHref('openapi.json')}>{t('footer.openApi')}</a>
      </p>
    </footer>
  );
}
