import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { defaultQuery, parseControlQuery, writeControlQuery, type ControlQuery } from './controlQuery';

/** The table's search, filters and sort, read from and written to the URL. */
export function useControlQuery(): [ControlQuery, (change: Partial<ControlQuery> | 'reset') => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseControlQuery(searchParams), [searchParams]);
  const update = useCallback(
    (change: Partial<ControlQuery> | 'reset') =>
      setSearchParams(
        (params) => {
          const current = parseControlQuery(params);
          const next =
            change === 'reset'
              ? { ...defaultQuery, sort: current.sort, direction: current.direction }
              : { ...current, ...change };
          return writeControlQuery(params, next);
        },
        { replace: true, preventScrollReset: true },
      ),
    [setSearchParams],
  );
  return [query, update];
}
