import { pageFolder } from '../lib/pageFolder';
import { env } from '../config/env';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  /** Dashboard path without the base, e.g. "requests". */
  page: string;
  params?: Record<string, string>;
}

/** Opens the matching dashboard page in a new tab, never inside the frame. */
export function FullReportLink({ page, params = {} }: Props) {
  const { t, locale } = useI18n();
  const url = new URL(`${env.basePath}${pageFolder(page)}`, window.location.href);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  if (locale !== 'en') url.searchParams.set('lang', locale);
  return (
    <p className="widget-footer__link">
      <a href={url.href} target="_blank" rel="noopener">
        {t('widget.fullReport')} <span className="visually-hidden">{t('widget.newTab')}</span>
        <span aria-hidden="true">↗</span>
      </a>
    </p>
  );
}
