import { useDataLanguage } from '../../components/useDataLanguage';
import { comparePeriodIds } from '../../api/periods';
import type { RequestCategory } from '../../api/schemas';
import { SelectField } from '../../components/SelectField';
import { useI18n } from '../../i18n/I18nProvider';
import { useIsClient } from '../../lib/useIsClient';
import type { RequestView } from './requestFilters';

interface Props {
  view: RequestView;
  periods: string[];
  countries: string[];
  categories: RequestCategory[];
  onChange: (change: Partial<RequestView>) => void;
}

export function RequestFiltersForm({ view, periods, countries, categories, onChange }: Props) {
  const { t, periodLabel, countryName, compareText } = useI18n();
  const dataLanguage = useDataLanguage();
  const from = view.from ?? periods[0];
  const to = view.to ?? periods.at(-1);
  const ids = categories.map((category) => category.id);
  const toggleCategory = (id: string, checked: boolean) => {
    const selected = view.categories.length ? view.categories : ids;
    const next = checked ? [...selected, id] : selected.filter((item) => item !== id);
    onChange({ categories: next.length === ids.length ? [] : ids.filter((item) => next.includes(item)) });
  };
  const isChecked = (id: string) => view.categories.length === 0 || view.categories.includes(id);
  // A choice made before hydration would be lost: the prerendered fields wait for the page to be interactive.
  const disabled = !useIsClient();
  const sortedCountries = [...countries].sort((a, b) => compareText(countryName(a), countryName(b)));

  return (
    <form
      className="request-filters no-print"
      aria-label={t('requests.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <SelectField
        label={t('requests.filter.from')}
        value={from ?? ''}
        options={periods.map((period) => ({
          value: period,
          label: periodLabel(period),
          disabled: to !== undefined && comparePeriodIds(period, to) > 0,
        }))}
        onChange={(value) => onChange({ from: value })}
      />
      <SelectField
        label={t('requests.filter.to')}
        value={to ?? ''}
        options={periods.map((period) => ({
          value: period,
          label: periodLabel(period),
          disabled: from !== undefined && comparePeriodIds(period, from) < 0,
        }))}
        onChange={(value) => onChange({ to: value })}
      />
      <SelectField
        label={t('requests.filter.country')}
        value={view.country ?? ''}
        options={[
          { value: '', label: t('requests.filter.allCountries') },
          ...sortedCountries.map((code) => ({ value: code, label: countryName(code) })),
        ]}
        onChange={(value) => onChange({ country: value || null })}
      />
      <fieldset className="request-filters__types" disabled={disabled}>
        <legend>{t('requests.filter.types')}</legend>
        {categories.map((category) => (
          <label key={category.id} className="check">
            <input
              type="checkbox"
              checked={isChecked(category.id)}
              onChange={(event) => toggleCategory(category.id, event.target.checked)}
            />
            <span lang={dataLanguage(category, 'label')}>{category.label}</span>
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        onClick={() => onChange({ from: null, to: null, categories: [], country: null, period: null })}
      >
        {t('requests.filter.reset')}
      </button>
    </form>
  );
}
