import { useId } from 'react';
import { useIsClient } from '../lib/useIsClient';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
  lang?: string;
}

interface Props {
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  disabled?: boolean;
}

/** A labelled select laid out as a form field; disabled until the page is interactive, so no choice is lost. */
export function SelectField({ label, value, options, onChange, disabled = false }: Props) {
  const id = useId();
  const isClient = useIsClient();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled || !isClient} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
