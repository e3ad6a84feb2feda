import { useAddress } from '../lib/navigation';
import { env } from '../config/env';
import { useIsClient } from '../lib/useIsClient';
import { useI18n } from '../i18n/I18nProvider';
import { isLocale, localeBase, localeNames, locales, type Locale } from '../i18n/locale';

/** The same page and view in another language: its own prerendered page, so it paints at once. */
function addressIn(locale: Locale, { pathname, search, hash }: { pathname: string; search: string; hash: string }) {
  const params = new URLSearchParams(search);
  params.delete('lang');
  const query = params.toString();
  return `${localeBase(env.basePath, locale)}${pathname.replace(/^\//, '')}${query ? `?${query}` : ''}${hash}`;
}

export function LanguageSwitch() {
  const { t, locale } = useI18n();
  const location = useAddress();
  const isClient = useIsClient();

  function change(value: string) {
    if (isLocale(value) && value !== locale) window.location.assign(addressIn(value, location));
  }

  return (
    <label className="switch">
      <span>{t('shell.language')}</span>
      <select value={locale} disabled={!isClient} onChange={(event) => change(event.target.value)}>
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {localeNames[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
