import { useCallback, useMemo } from 'react';
import { useUpdateSearchParams } from '../../lib/useUpdateSearchParams';
import { defaultQuery, parseControlQuery, writeControlQuery, type ControlQuery } from './controlQuery';

/** The table's search, filters and sort, read from and written to the URL. */
export function useControlQuery(): [ControlQuery, (change: Partial<ControlQuery> | 'reset') => void] {
  const [searchParams, updateSearchParams] = useUpdateSearchParams();
  const query = useMemo(() => parseControlQuery(searchParams), [searchParams]);
  const update = useCallback(
    (change: Partial<ControlQuery> | 'reset') =>
      updateSearchParams((params) => {
        const current = parseControlQuery(params);
        const next =
          change === 'reset'
            ? { ...defaultQuery, sort: current.sort, direction: current.direction }
            : { ...current, ...change };
        return writeControlQuery(params, next);
      }),
    [updateSearchParams],
  );
  return [query, update];
}
