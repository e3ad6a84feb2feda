import { useCallback, useMemo } from 'react';
import { useUpdateSearchParams } from '../../lib/useUpdateSearchParams';
import { parseRequestView, writeRequestView, type RequestView } from './requestFilters';

/** Filters of the requests page, kept in the URL so a view can be shared. */
export function useRequestView(): [RequestView, (change: Partial<RequestView>) => void] {
  const [searchParams, updateSearchParams] = useUpdateSearchParams();
  const view = useMemo(() => parseRequestView(searchParams), [searchParams]);
  const update = useCallback(
    (change: Partial<RequestView>) =>
      updateSearchParams((params) => writeRequestView(params, { ...parseRequestView(params), ...change })),
    [updateSearchParams],
  );
  return [view, update];
}
