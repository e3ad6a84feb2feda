import { isPeriodId } from '../../api/periods';
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
