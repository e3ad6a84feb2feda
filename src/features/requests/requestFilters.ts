import { countryCode, requesterType, type RequesterType } from '../../api/schemas';
import type { RequestFilters } from './aggregate';

const periodPattern = /^\d{4}-H[12]$/;

export interface RequestView extends RequestFilters {
  /** The period shown in the by-country chart; null means the latest. */
  period: string | null;
}

export function parseRequestView(params: URLSearchParams): RequestView {
  const period = (name: string) => {
    const value = params.get(name);
    return value && periodPattern.test(value) ? value : null;
  };
  const types = params.getAll('type').filter((value): value is RequesterType => requesterType.safeParse(value).success);
  const country = params.get('country');
  return {
    from: period('from'),
    to: period('to'),
    types: [...new Set(types)],
    country: country && countryCode.safeParse(country).success ? country : null,
    period: period('period'),
  };
}

export function writeRequestView(params: URLSearchParams, view: RequestView): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of ['from', 'to', 'type', 'country', 'period']) next.delete(name);
  if (view.from) next.set('from', view.from);
  if (view.to) next.set('to', view.to);
  for (const type of requesterType.options.filter((option) => view.types.includes(option))) next.append('type', type);
  if (view.country) next.set('country', view.country);
  if (view.period) next.set('period', view.period);
  return next;
}
