import { localeNames, locales, type Locale } from '../../i18n/locale';
import { SelectField } from '../../components/SelectField';
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

export function EmbedOptionsForm({ options, periods, onChange }: Props) {
  const { t, periodLabel } = useI18n();
  const isClient = useIsClient();
  return (
    <form className="embed-options" aria-label={t('embed.options')} onSubmit={(event) => event.preventDefault()}>
      {/* Choices made before the page is interactive would be lost, so they wait for it. */}
      <fieldset disabled={!isClient} className="embed-options__fields">
        <SelectField
          label={t('embed.view')}
          value={options.view}
          options={widgetViews.map((view) => ({ value: view, label: t(`embed.view.${view}`) }))}
          onChange={(value) => onChange({ view: value as WidgetView })}
        />
        <SelectField
          label={t('embed.lang')}
          value={options.lang}
          options={locales.map((locale) => ({ value: locale, label: localeNames[locale], lang: locale }))}
          onChange={(value) => onChange({ lang: value as Locale })}
        />
        <SelectField
          label={t('embed.theme')}
          value={options.theme}
          options={themes.map((theme) => ({ value: theme, label: t(`theme.${theme}`) }))}
          onChange={(value) => onChange({ theme: value as Theme })}
        />
        <SelectField
          label={t('embed.period')}
          value={options.period ?? ''}
          disabled={options.view !== 'requests'}
          options={[
            { value: '', label: t('embed.period.latest') },
            ...[...periods].reverse().map((period) => ({ value: period, label: periodLabel(period) })),
          ]}
          onChange={(value) => onChange({ period: value || null })}
        />
      </fieldset>
    </form>
  );
}
