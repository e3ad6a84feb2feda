import type { RequestCategory } from '../../api/schemas';
import { useI18n } from '../../i18n/I18nProvider';
import type { RequestView } from './requestFilters';

interface Props {
  view: RequestView;
  /** The periods the filters leave, in order. */
  shownPeriods: string[];
  categories: RequestCategory[];
}

/**
 * What the charts now show, in one sentence, for screen readers: a change of filter redraws charts
 * further down the page, which a reader who cannot see them would not otherwise learn of. A live
 * region speaks changes only, so it is silent as the page loads.
 */
export function FilterStatus({ view, shownPeriods, categories }: Props) {
  const { t, plural, periodLabel, countryName } = useI18n();
  const first = shownPeriods[0];
  const last = shownPeriods.at(-1);
  let text: string;
  if (!first || !last) {
    text = t('requests.empty');
  } else {
    const periods =
      first === last
        ? periodLabel(first)
        : t('requests.filter.status.range', { from: periodLabel(first), to: periodLabel(last) });
    const country = view.country ? countryName(view.country) : t('requests.filter.status.allCountries');
    const shownCategories =
      view.categories.length === 0
        ? t('requests.filter.status.allCategories')
        : plural('requests.filter.status.someCategories', categories.length, {
            count: view.categories.length,
            total: categories.length,
          });
    text = t('requests.filter.status', { periods, country, categories: shownCategories });
  }
  return (
    <p role="status" className="visually-hidden">
      {text}
    </p>
  );
}
