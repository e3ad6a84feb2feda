import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Like useSearchParams, but updates build on each other. React Router hands a
 * functional update the params of the last render, so two quick changes (a
 * select, then a checkbox, while a heavy chart renders) would lose the first.
 */
export function useUpdateSearchParams(): [
  URLSearchParams,
  (update: (params: URLSearchParams) => URLSearchParams) => void,
] {
  const [searchParams, setSearchParams] = useSearchParams();
  const latest = useRef(searchParams);
  const setLatest = useRef(setSearchParams);
  useEffect(
    function followCommittedParams() {
      latest.current = searchParams;
      setLatest.current = setSearchParams;
    },
    [searchParams, setSearchParams],
  );
  // The same function from render to render, so that what it is handed to can be memoized.
  const update = useCallback((change: (params: URLSearchParams) => URLSearchParams) => {
    const next = change(new URLSearchParams(latest.current));
    latest.current = next;
    setLatest.current(next, { replace: true, preventScrollReset: true });
  }, []);
  return [searchParams, update];
}
