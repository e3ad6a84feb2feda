import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseRequestView, writeRequestView, type RequestView } from './requestFilters';

/** Filters of the requests page, kept in the URL so a view can be shared. */
export function useRequestView(): [RequestView, (change: Partial<RequestView>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseRequestView(searchParams), [searchParams]);
  const update = useCallback(
    (change: Partial<RequestView>) =>
      setSearchParams((params) => writeRequestView(params, { ...parseRequestView(params), ...change }), {
        replace: true,
        preventScrollReset: true,
      }),
    [setSearchParams],
  );
  return [view, update];
}
