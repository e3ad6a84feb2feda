import { comparePeriodIds, isPeriodId } from '../../api/periods';
import { COUNTRY_CODE, SLUG } from '../../api/vocabulary';
import type { RequestFilters } from './aggregate';

export interface RequestView extends RequestFilters {
  /** The period shown in the by-country chart; null means the latest. */
  period: string | null;
}

/**
 * Reads the filters from the URL. Category ids are kept whatever they are: ids the data
 * does not declare match no row. `type` is the name older links used for `category`.
 */
export function parseRequestView(params: URLSearchParams): RequestView {
  const period = (name: string) => {
    const value = params.get(name);
    return value && isPeriodId(value) ? value : null;
  };
  const categories = [...params.getAll('category'), ...params.getAll('type')].filter((value) => SLUG.test(value));
  const country = params.get('country');
  return {
    from: period('from'),
    to: period('to'),
    categories: [...new Set(categories)],
    country: country && COUNTRY_CODE.test(country) ? country : null,
    period: period('period'),
  };
}

export function writeRequestView(params: URLSearchParams, view: RequestView): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of ['from', 'to', 'type', 'category', 'country', 'period']) next.delete(name);
  if (view.from) next.set('from', view.from);
  if (view.to) next.set('to', view.to);
  for (const category of view.categories) next.append('category', category);
  if (view.country) next.set('country', view.country);
  if (view.period) next.set('period', view.period);
  return next;
}

/** A filter the address names that the data does not have: left out, and said so. */
export interface IgnoredFilter {
  filter: 'period' | 'country' | 'category';
  value: string;
}

interface Known {
  periods: readonly string[];
  countries: readonly string[];
  categories: readonly string[];
}

/**
 * The view with what the data lacks left out (an unknown period, country or category would match
 * nothing, and the form could not show it), a reversed range put in order, and what was left out.
 */
export function knownRequestView(view: RequestView, known: Known): { view: RequestView; ignored: IgnoredFilter[] } {
  const ignored: IgnoredFilter[] = [];
  const period = (value: string | null) => {
    if (value === null || known.periods.includes(value)) return value;
    ignored.push({ filter: 'period', value });
    return null;
  };
  let [from, to] = [period(view.from), period(view.to)];
  if (from && to && comparePeriodIds(from, to) > 0) [from, to] = [to, from];
  const shownPeriod = period(view.period);
  let country = view.country;
  if (country !== null && !known.countries.includes(country)) {
    ignored.push({ filter: 'country', value: country });
    country = null;
  }
  const categories = view.categories.filter((id) => {
    if (known.categories.includes(id)) return true;
    ignored.push({ filter: 'category', value: id });
    return false;
  });
  return { view: { from, to, categories, country, period: shownPeriod }, ignored };
}
