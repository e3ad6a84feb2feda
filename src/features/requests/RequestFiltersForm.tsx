import { requesterType, type RequesterType } from '../../api/schemas';
import { SelectField } from '../../components/SelectField';
import { useI18n } from '../../i18n/I18nProvider';
import { useIsClient } from '../../lib/useIsClient';
import type { RequestView } from './requestFilters';

interface Props {
  view: RequestView;
  periods: string[];
  countries: string[];
  onChange: (change: Partial<RequestView>) => void;
}

export function RequestFiltersForm({ view, periods, countries, onChange }: Props) {
  const { t, periodLabel, countryName } = useI18n();
  const from = view.from ?? periods[0];
  const to = view.to ?? periods.at(-1);
  const toggleType = (type: RequesterType, checked: boolean) => {
    const selected = view.types.length ? view.types : [...requesterType.options];
    const next = checked ? [...selected, type] : selected.filter((item) => item !== type);
    onChange({ types: next.length === requesterType.options.length ? [] : next });
  };
  const isChecked = (type: RequesterType) => view.types.length === 0 || view.types.includes(type);
  // A choice made before hydration would be lost: the prerendered fields wait for the page to be interactive.
  const disabled = !useIsClient();
  const sortedCountries = [...countries].sort((a, b) => countryName(a).localeCompare(countryName(b)));

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
          disabled: to !== undefined && period > to,
        }))}
        onChange={(value) => onChange({ from: value })}
      />
      <SelectField
        label={t('requests.filter.to')}
        value={to ?? ''}
        options={periods.map((period) => ({
          value: period,
          label: periodLabel(period),
          disabled: from !== undefined && period < from,
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
        {requesterType.options.map((type) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              checked={isChecked(type)}
              onChange={(event) => toggleType(type, event.target.checked)}
            />
            {t(`requester.${type}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => onChange({ from: null, to: null, types: [], country: null, period: null })}>
        {t('requests.filter.reset')}
      </button>
    </form>
  );
}
