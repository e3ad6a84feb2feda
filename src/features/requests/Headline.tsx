import { useMemo } from 'react';
import type { AccessRequestCount, Meta, RequestCategory } from '../../api/schemas';
import { useI18n } from '../../i18n/I18nProvider';
import { headlineFinding } from '../../lib/headline';
import { describeHeadline, describePeriodFinding, headlineContext } from '../../lib/headlineWords';
import { Quoting } from '../../components/Quoting';

interface Props {
  /** Every row, unfiltered: the headline is about all reported periods. */
  rows: AccessRequestCount[];
  meta: Meta;
  categories: RequestCategory[];
}

/** The page's headline: what the data allows us to say about the headline category, period by period. */
export function Headline({ rows, meta, categories }: Props) {
  const i18n = useI18n();
  const { periodLabel } = i18n;
  const finding = useMemo(
    () =>
      headlineFinding(
        rows,
        meta.headlineCategory,
        meta.periods.map((period) => period.id),
      ),
    [rows, meta],
  );
  const context = headlineContext(meta, categories, i18n.locale);
  const words = describeHeadline(finding, context, i18n);

  return (
    <section className={`headline headline--${finding.kind}`} aria-labelledby="headline-title">
      <h2 id="headline-title">
        <Quoting text={words.title} quotes={context.quotes} />
      </h2>
      <p>
        <Quoting text={words.text} quotes={context.quotes} />{' '}
        {finding.kind === 'noData' ? null : i18n.t('headline.received', { received: words.received })}
      </p>
      {finding.perPeriod.length > 0 ? (
        <ul
          className="headline__periods"
          aria-label={i18n.t('headline.perPeriod', { category: context.categoryLabel })}
        >
          {finding.perPeriod.map((item) => (
            <li key={item.period} className={`headline__item headline__item--${item.kind}`}>
              <span className="headline__period">{periodLabel(item.period)}</span>
              <span className="headline__value">{describePeriodFinding(item, i18n)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
