import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useIsClient } from '../lib/useIsClient';
import { applyTheme, isTheme, storedTheme, themes, type Theme } from '../lib/theme';

export function ThemeSwitch() {
  const { t } = useI18n();
  const isClient = useIsClient();
  const [theme, setTheme] = useState<Theme>(storedTheme);

  function change(value: string) {
    if (!isTheme(value)) return;
    applyTheme(value);
    setTheme(value);
  }

  return (
    <label className="switch">
      <span>{t('shell.theme')}</span>
      <select value={isClient ? theme : 'auto'} disabled={!isClient} onChange={(event) => change(event.target.value)}>
        {themes.map((value) => (
          <option key={value} value={value}>
            {t(`theme.${value}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
