import { useId } from 'react';
import { controlCategory, controlStatus, framework } from '../../api/schemas';
import { useI18n } from '../../i18n/I18nProvider';
import { isFiltered, type ControlQuery } from './controlQuery';

interface Props {
  query: ControlQuery;
  onChange: (change: Partial<ControlQuery> | 'reset') => void;
}

export function ControlFilters({ query, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="control-filters no-print" role="search" aria-label={t('controls.filters')}>
      <div className="field field--wide">
        <label htmlFor={`${id}-q`}>{t('controls.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query.search}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange({ search: event.target.value })}
        />
        <span id={`${id}-hint`} className="field__hint">
          {t('controls.searchHint')}
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('controls.filter.category')}</label>
        <select
          id={`${id}-category`}
          value={query.category ?? ''}
          onChange={(event) => onChange({ category: controlCategory.safeParse(event.target.value).data ?? null })}
        >
          <option value="">{t('controls.filter.all')}</option>
          {controlCategory.options.map((value) => (
            <option key={value} value={value}>
              {t(`category.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('controls.filter.status')}</label>
        <select
          id={`${id}-status`}
          value={query.status ?? ''}
          onChange={(event) => onChange({ status: controlStatus.safeParse(event.target.value).data ?? null })}
        >
          <option value="">{t('controls.filter.all')}</option>
          {controlStatus.options.map((value) => (
            <option key={value} value={value}>
              {t(`status.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-framework`}>{t('controls.filter.framework')}</label>
        <select
          id={`${id}-framework`}
          value={query.framework ?? ''}
          onChange={(event) => onChange({ framework: framework.safeParse(event.target.value).data ?? null })}
        >
          <option value="">{t('controls.filter.all')}</option>
          {framework.options.map((value) => (
            <option key={value} value={value}>
              {t(`framework.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--check">
        <input
          id={`${id}-overdue`}
          type="checkbox"
          checked={query.overdueOnly}
          onChange={(event) => onChange({ overdueOnly: event.target.checked })}
        />
        <label htmlFor={`${id}-overdue`}>{t('controls.filter.overdue')}</label>
      </div>
      {isFiltered(query) ? (
        <button type="button" onClick={() => onChange('reset')}>
          {t('controls.clear')}
        </button>
      ) : null}
    </div>
  );
}
