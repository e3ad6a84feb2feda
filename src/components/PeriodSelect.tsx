import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useIsClient } from '../lib/useIsClient';

interface Props {
  label: string;
  periods: string[];
  value: string;
  onChange: (period: string) => void;
}

/** Chooses one reporting period, newest first; disabled until the page is interactive. */
export function PeriodSelect({ label, periods, value, onChange }: Props) {
  const { periodLabel } = useI18n();
  const id = useId();
  const isClient = useIsClient();
  return (
    <p className="no-print">
      <label htmlFor={id}>{label}</label>{' '}
      <select id={id} value={value} disabled={!isClient} onChange={(event) => onChange(event.target.value)}>
        {[...periods].reverse().map((period) => (
          <option key={period} value={period}>
            {periodLabel(period)}
          </option>
        ))}
      </select>
    </p>
  );
}
