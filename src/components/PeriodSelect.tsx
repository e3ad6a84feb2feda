import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  label: string;
  periods: string[];
  value: string;
  onChange: (period: string) => void;
}

/** Chooses one reporting period, newest first. */
export function PeriodSelect({ label, periods, value, onChange }: Props) {
  const { periodLabel } = useI18n();
  const id = useId();
  return (
    <p className="no-print">
      <label htmlFor={id}>{label}</label>{' '}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {[...periods].reverse().map((period) => (
          <option key={period} value={period}>
            {periodLabel(period)}
          </option>
        ))}
      </select>
    </p>
  );
}
