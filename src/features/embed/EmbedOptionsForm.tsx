import { useId } from 'react';
import { locales, type Locale } from '../../i18n/locale';
import { useI18n } from '../../i18n/I18nProvider';
import { themes, type Theme } from '../../lib/theme';
import { useIsClient } from '../../lib/useIsClient';
import { widgetViews, type WidgetView } from '../../lib/widgetParams';
import type { EmbedOptions } from './embedSnippet';

interface Props {
  options: EmbedOptions;
  periods: string[];
  onChange: (change: Partial<EmbedOptions>) => void;
}

const languageNames: Record<Locale, string> = { en: 'English', fr: 'Français' };

export function EmbedOptionsForm({ options, periods, onChange }: Props) {
  const { t, periodLabel } = useI18n();
  const id = useId();
  const isClient = useIsClient();
  return (
    <form className="embed-options" aria-label={t('embed.options')} onSubmit={(event) => event.preventDefault()}>
      {/* Choices made before the page is interactive would be lost, so they wait for it. */}
      <fieldset disabled={!isClient} className="embed-options__fields">
        <div className="field">
          <label htmlFor={`${id}-view`}>{t('embed.view')}</label>
          <select
            id={`${id}-view`}
            value={options.view}
            onChange={(event) => onChange({ view: event.target.value as WidgetView })}
          >
            {widgetViews.map((view) => (
              <option key={view} value={view}>
                {t(`embed.view.${view}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('embed.lang')}</label>
          <select
            id={`${id}-lang`}
            value={options.lang}
            onChange={(event) => onChange({ lang: event.target.value as Locale })}
          >
            {locales.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {languageNames[locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-theme`}>{t('embed.theme')}</label>
          <select
            id={`${id}-theme`}
            value={options.theme}
            onChange={(event) => onChange({ theme: event.target.value as Theme })}
          >
            {themes.map((theme) => (
              <option key={theme} value={theme}>
                {t(`theme.${theme}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-period`}>{t('embed.period')}</label>
          <select
            id={`${id}-period`}
            value={options.period ?? ''}
            disabled={options.view !== 'requests'}
            onChange={(event) => onChange({ period: event.target.value || null })}
          >
            <option value="">{t('embed.period.latest')}</option>
            {[...periods].reverse().map((period) => (
              <option key={period} value={period}>
                {periodLabel(period)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
    </form>
  );
}
