import { pageFolder } from '../lib/pageFolder';
import { env } from '../config/env';
import { useI18n } from '../i18n/I18nProvider';
import { localeBase } from '../i18n/locale';

interface Props {
  /** Dashboard path without the base, e.g. "requests". */
  page: string;
  params?: Record<string, string>;
}

/** Opens the matching dashboard page in a new tab, never inside the frame. */
export function FullReportLink({ page, params = {} }: Props) {
  const { t, locale } = useI18n();
  const search = new URLSearchParams(params);
  // Root-relative, so the same link is written at build time and works wherever the site is served.
  const href = `${localeBase(env.basePath, locale)}${pageFolder(page)}${search.size ? `?${search}` : ''}`;
  return (
    <p className="widget-footer__link">
      <a href={href} target="_blank" rel="noopener">
        {t('widget.fullReport')} <span className="visually-hidden">{t('widget.newTab')}</span>
        <span aria-hidden="true">↗</span>
      </a>
    </p>
  );
}
