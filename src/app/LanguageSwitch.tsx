import { useIsClient } from '../lib/useIsClient';
import { useUpdateSearchParams } from '../lib/useUpdateSearchParams';
import { useI18n } from '../i18n/I18nProvider';
import { isLocale, localeNames, locales } from '../i18n/locale';

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  const [, updateSearchParams] = useUpdateSearchParams();
  const isClient = useIsClient();

  async function change(value: string) {
    if (!isLocale(value)) return;
    await setLocale(value);
    updateSearchParams((params) => {
      if (value === 'en') params.delete('lang');
      else params.set('lang', value);
      return params;
    });
  }

  return (
    <label className="switch">
      <span>{t('shell.language')}</span>
      <select value={locale} disabled={!isClient} onChange={(event) => void change(event.target.value)}>
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {localeNames[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
