import { useMemo } from 'react';
import type { AccessRequestCount, RequestCategory } from '../../api/schemas';
import { Quote, Quoting } from '../../components/Quoting';
import { useQuoteData } from '../../components/useDataLanguage';
import { useI18n } from '../../i18n/I18nProvider';
import { unreportedReasons } from './unreportedReasons';
import { useCategoryName } from './useCategoryName';

/** Rows listed under each reason; the rest are counted (every row is in the published files). */
const PLACES_SHOWN = 10;

interface Props {
  rows: AccessRequestCount[];
  categories: RequestCategory[];
}

/** The publisher's reasons for the figures it did not report, in its words, with the rows they cover. */
export function UnreportedReasons({ rows, categories }: Props) {
  const { t, periodLabel, countryName, formatList } = useI18n();
  const quoteData = useQuoteData();
  const categoryName = useCategoryName(categories);
  const reasons = useMemo(() => unreportedReasons(rows), [rows]);
  if (reasons.length === 0) return null;

  return (
    <section className="unreported-reasons" aria-labelledby="unreported-reasons-title">
      <h2 id="unreported-reasons-title">{t('requests.reasons.title')}</h2>
      <p>{t('requests.reasons.intro')}</p>
      <ul className="unreported-reasons__list">
        {reasons.map(({ reason, places }) => (
          <li key={reason}>
            <p className="unreported-reasons__reason">
              <Quote quote={quoteData(reason, places[0]!.row, `${places[0]!.fields[0]!}.reason`)} />
            </p>
            <ul>
              {places.slice(0, PLACES_SHOWN).map(({ row, fields }) => {
                const category = categoryName(row.category);
                return (
                  <li key={`${row.period}|${row.category}|${row.country}`}>
                    <Quoting
                      text={t('requests.reasons.place', {
                        period: periodLabel(row.period),
                        category: category.text,
                        country: countryName(row.country),
                        figures: formatList(fields.map((field) => t(`requests.reasons.field.${field}`))),
                      })}
                      quotes={[category]}
                    />
                  </li>
                );
              })}
            </ul>
            {places.length > PLACES_SHOWN ? (
              <p>{t('requests.reasons.more', { count: places.length - PLACES_SHOWN })}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
