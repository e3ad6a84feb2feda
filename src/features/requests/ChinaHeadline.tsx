import { useMemo } from 'react';
import type { AccessRequestCount } from '../../api/schemas';
import { useI18n } from '../../i18n/I18nProvider';
import { isKnownZero, sumCounts, summarizeTotal } from '../../lib/counts';
import { formatTotal } from '../../lib/formatCount';
import { periodsOf } from './aggregate';

interface Props {
  /** Every row, unfiltered: the headline is about all reported periods. */
  rows: AccessRequestCount[];
  scope: string;
}

/** The page's headline: the Chinese government's disclosures, period by period, in words. */
export function ChinaHeadline({ rows, scope }: Props) {
  const i18n = useI18n();
  const { t, periodLabel } = i18n;
  const china = useMemo(() => rows.filter((row) => row.requesterType === 'chineseGovernment'), [rows]);
  const periods = periodsOf(china);
  if (periods.length === 0) return null;
  const disclosed = sumCounts(china.map((row) => row.disclosed));
  const received = sumCounts(china.map((row) => row.received));
  const zero = isKnownZero(disclosed);

  return (
    <section className={`headline ${zero ? 'headline--zero' : ''}`} aria-labelledby="china-headline">
      <h2 id="china-headline">{zero ? t('requests.headline.zero') : t('requests.headline.notZero')}</h2>
      <p>
        {zero
          ? t('requests.headline.zeroText', {
              periods: periods.length,
              first: periodLabel(periods[0]!),
              last: periodLabel(periods.at(-1)!),
              scope,
              received: formatTotal(summarizeTotal(received), i18n),
            })
          : t('requests.headline.notZeroText', { disclosed: formatTotal(summarizeTotal(disclosed), i18n) })}
      </p>
      <ul className="headline__periods" aria-label={t('requests.headline.perPeriod')}>
        {periods.map((period) => {
          const total = sumCounts(china.filter((row) => row.period === period).map((row) => row.disclosed));
          return (
            <li key={period}>
              <span className="headline__period">{periodLabel(period)}</span>
              <span className="headline__value">{formatTotal(summarizeTotal(total), i18n)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
