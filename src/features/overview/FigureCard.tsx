import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { pageLink } from '../../lib/pageLink';

interface Props {
  label: string;
  value: ReactNode;
  text: ReactNode;
  linkText: string;
  to: string;
  hash?: string;
}

export function FigureCard({ label, value, text, linkText, to, hash }: Props) {
  return (
    <div className="figure-card">
      <h3 className="figure-card__label">{label}</h3>
      <p className="figure-card__value">{value}</p>
      <p className="figure-card__text">{text}</p>
      <Link className="figure-card__link" to={{ ...pageLink(to), hash }}>
        {linkText}
      </Link>
    </div>
  );
}
