import { useDataLanguage } from '../components/useDataLanguage';
import { useTranslatedResource } from '../components/useTranslatedResource';
import { NavLink } from '../lib/navigation';
import { useI18n } from '../i18n/I18nProvider';
import { LanguageSwitch } from './LanguageSwitch';
import { pages } from './routes';
import { ThemeSwitch } from './ThemeSwitch';
import { pageLink } from '../lib/pageLink';

export function Header() {
  const { t } = useI18n();
  const dataLanguage = useDataLanguage();
  const meta = useTranslatedResource('meta');
  const organisation = meta.data?.organisation.name;

  return (
    <header className="site-header">
      <div className="site-header__top">
        <p className="site-title">
          <span className="site-title__org">{organisation ?? t('shell.defaultOrganisation')}</span>
          <span className="site-title__sub">{t('shell.subtitle')}</span>
        </p>
        <div className="site-header__controls">
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul className="site-nav">
          {pages
            .filter((page) => page.inNav !== false)
            .map((page) => (
              <li key={page.path}>
                <NavLink to={pageLink(page.path)}>{t(page.label)}</NavLink>
              </li>
            ))}
        </ul>
      </nav>
      {/* Space is held while loading so the page does not jump when the banner arrives. */}
      {meta.isPending ? <p className="sample-banner sample-banner--pending" aria-hidden="true" /> : null}
      {meta.data?.sample.isSample ? (
        <p className="sample-banner" role="note">
          <strong>{t('shell.sampleData')}</strong>{' '}
          <span lang={dataLanguage(meta.data, 'disclaimer')}>{meta.data.sample.disclaimer}</span>
        </p>
      ) : null}
    </header>
  );
}
