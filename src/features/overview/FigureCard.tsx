import type { ReactNode } from 'react';
import { Link } from '../../lib/navigation';
import { Quoting } from '../../components/Quoting';
import type { DataQuote } from '../../lib/dataText';
import { pageLink } from '../../lib/pageLink';

interface Props {
  label: string;
  value: ReactNode;
  text: string;
  quotes?: DataQuote[];
  linkText: string;
  to: string;
  hash?: string;
}

export function FigureCard({ label, value, text, quotes = [], linkText, to, hash }: Props) {
  return (
    <div className="figure-card">
      <h3 className="figure-card__label">
        <Quoting text={label} quotes={quotes} />
      </h3>
      <p className="figure-card__value">{value}</p>
      <p className="figure-card__text">
        <Quoting text={text} quotes={quotes} />
      </p>
      <Link className="figure-card__link" to={{ ...pageLink(to), hash }}>
        {linkText}
      </Link>
    </div>
  );
}
