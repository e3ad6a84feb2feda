import { useId } from 'react';
import { requesterType, type RequesterType } from '../../api/schemas';
import { useI18n } from '../../i18n/I18nProvider';
import type { RequestView } from './requestFilters';

interface Props {
  view: RequestView;
  periods: string[];
  countries: string[];
  onChange: (change: Partial<RequestView>) => void;
}

export function RequestFiltersForm({ view, periods, countries, onChange }: Props) {
  const { t, periodLabel, countryName } = useI18n();
  const id = useId();
  const from = view.from ?? periods[0];
  const to = view.to ?? periods.at(-1);
  const toggleType = (type: RequesterType, checked: boolean) => {
    const selected = view.types.length ? view.types : [...requesterType.options];
    const next = checked ? [...selected, type] : selected.filter((item) => item !== type);
    onChange({ types: next.length === requesterType.options.length ? [] : next });
  };
  const isChecked = (type: RequesterType) => view.types.length === 0 || view.types.includes(type);
  const sortedCountries = [...countries].sort((a, b) => countryName(a).localeCompare(countryName(b)));

  return (
    <form
      className="request-filters no-print"
      aria-label={t('requests.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('requests.filter.from')}</label>
        <select id={`${id}-from`} value={from} onChange={(event) => onChange({ from: event.target.value })}>
          {periods.map((period) => (
            <option key={period} value={period} disabled={to !== undefined && period > to}>
              {periodLabel(period)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('requests.filter.to')}</label>
        <select id={`${id}-to`} value={to} onChange={(event) => onChange({ to: event.target.value })}>
          {periods.map((period) => (
            <option key={period} value={period} disabled={from !== undefined && period < from}>
              {periodLabel(period)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-country`}>{t('requests.filter.country')}</label>
        <select
          id={`${id}-country`}
          value={view.country ?? ''}
          onChange={(event) => onChange({ country: event.target.value || null })}
        >
          <option value="">{t('requests.filter.allCountries')}</option>
          {sortedCountries.map((code) => (
            <option key={code} value={code}>
              {countryName(code)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="request-filters__types">
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
