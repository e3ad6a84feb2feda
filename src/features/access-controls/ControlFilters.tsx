import { useId } from 'react';
import { controlCategories, controlStatuses, frameworks } from '../../api/vocabulary';
import { pick } from '../../lib/pick';
import { SelectField } from '../../components/SelectField';
import { useI18n } from '../../i18n/I18nProvider';
import { useIsClient } from '../../lib/useIsClient';
import { isFiltered, type ControlQuery } from './controlQuery';

interface Props {
  query: ControlQuery;
  onChange: (change: Partial<ControlQuery> | 'reset') => void;
}

export function ControlFilters({ query, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  // Typing before hydration would be lost: the prerendered fields wait for the page to be interactive.
  const disabled = !useIsClient();
  const all = { value: '', label: t('controls.filter.all') };
  return (
    <div className="control-filters no-print" role="search" aria-label={t('controls.filters')}>
      <div className="field field--wide">
        <label htmlFor={`${id}-q`}>{t('controls.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query.search}
          disabled={disabled}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange({ search: event.target.value })}
        />
        <span id={`${id}-hint`} className="field__hint">
          {t('controls.searchHint')}
        </span>
      </div>
      <SelectField
        label={t('controls.filter.category')}
        value={query.category ?? ''}
        options={[all, ...controlCategories.map((value) => ({ value, label: t(`category.${value}`) }))]}
        onChange={(value) => onChange({ category: pick(controlCategories, value) })}
      />
      <SelectField
        label={t('controls.filter.status')}
        value={query.status ?? ''}
        options={[all, ...controlStatuses.map((value) => ({ value, label: t(`status.${value}`) }))]}
        onChange={(value) => onChange({ status: pick(controlStatuses, value) })}
      />
      <SelectField
        label={t('controls.filter.framework')}
        value={query.framework ?? ''}
        options={[all, ...frameworks.map((value) => ({ value, label: t(`framework.${value}`) }))]}
        onChange={(value) => onChange({ framework: pick(frameworks, value) })}
      />
      <div className="field field--check">
        <input
          id={`${id}-overdue`}
          type="checkbox"
          checked={query.overdueOnly}
          disabled={disabled}
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
