import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useLocalizedPath } from '../../i18n/useLocalizedPath';

interface Props {
  label: string;
  value: ReactNode;
  text: ReactNode;
  linkText: string;
  to: string;
  hash?: string;
}

export function FigureCard({ label, value, text, linkText, to, hash }: Props) {
  const localized = useLocalizedPath();
  return (
    <div className="figure-card">
      <dt>{label}</dt>
      <dd>
        <span className="figure-card__value">{value}</span>
        <span className="figure-card__text">{text}</span>
        <Link className="figure-card__link" to={{ ...localized(to), hash }}>
          {linkText}
        </Link>
      </dd>
    </div>
  );
}
