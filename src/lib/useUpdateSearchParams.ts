import { useCallback, useMemo } from 'react';
import { useAddress, useNavigate } from './navigation';

/**
 * The page's parameters, and a way to change them in place (the history gets no new entry). Each
 * update starts from the address as it is now, not as it was at the last render, so two quick
 * changes (a select, then a checkbox, while a heavy chart renders) both count.
 */
export function useUpdateSearchParams(): [
  URLSearchParams,
  (update: (params: URLSearchParams) => URLSearchParams) => void,
] {
  const { pathname, search } = useAddress();
  const searchParams = useMemo(() => new URLSearchParams(search), [search]);
  const navigate = useNavigate();
  // The same function from render to render on a page, so that what it is handed to can be memoized.
  const update = useCallback(
    (change: (params: URLSearchParams) => URLSearchParams) => {
      const next = change(new URLSearchParams(window.location.search)).toString();
      navigate({ pathname, search: next }, { replace: true });
    },
    [pathname, navigate],
  );
  return [searchParams, update];
}
