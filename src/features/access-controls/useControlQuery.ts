import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useUpdateSearchParams } from '../../lib/useUpdateSearchParams';
import { defaultQuery, parseControlQuery, writeControlQuery, type ControlQuery } from './controlQuery';

/** How long the address waits for the reader to stop typing before it takes the search. */
export const SEARCH_TO_ADDRESS_DELAY_MS = 300;

type Change = Partial<ControlQuery> | 'reset';

/**
 * The table's search, filters and sort, read from and written to the URL, so that any view can be
 * cited. What is typed into the search box filters the table at once but reaches the address only
 * once the reader pauses: each change of address makes the router draw the whole page again, which
 * costs more than filtering 2,000 controls and drawing a page of them. Until then, the address
 * (and the permalinks built from it) still hold the search before.
 */
export function useControlQuery(): [ControlQuery, (change: Change) => void] {
  const [searchParams, updateSearchParams] = useUpdateSearchParams();
  const fromAddress = useMemo(() => parseControlQuery(searchParams), [searchParams]);
  const [typed, setTyped] = useState<string | null>(null);
  const pendingWrite = useRef<ReturnType<typeof setTimeout> | null>(null);
  const typedRef = useRef<string | null>(null);

  const write = useCallback(
    (change: Change) =>
      updateSearchParams((params) => {
        const current = parseControlQuery(params);
        // Any other change shows a different list, from its first page.
        const next =
          change === 'reset'
            ? { ...defaultQuery, sort: current.sort, direction: current.direction }
            : { ...current, page: 1, ...change };
        return writeControlQuery(params, next);
      }),
    [updateSearchParams],
  );

  const cancelPendingWrite = useCallback(() => {
    if (pendingWrite.current !== null) clearTimeout(pendingWrite.current);
    pendingWrite.current = null;
  }, []);

  const update = useCallback(
    (change: Change) => {
      cancelPendingWrite();
      if (change !== 'reset' && Object.keys(change).length === 1 && change.search !== undefined) {
        const search = change.search;
        typedRef.current = search;
        setTyped(search);
        pendingWrite.current = setTimeout(() => {
          pendingWrite.current = null;
          write({ search });
        }, SEARCH_TO_ADDRESS_DELAY_MS);
        return;
      }
      // Any other change takes what was typed with it.
      const typedSearch = typedRef.current;
      write(change === 'reset' || typedSearch === null ? change : { search: typedSearch, ...change });
    },
    [write, cancelPendingWrite],
  );

  useEffect(
    function followTheAddress() {
      // Once the address has the search (or moved on: the back button, a link), it speaks again.
      if (pendingWrite.current !== null) return;
      typedRef.current = null;
      setTyped(null);
    },
    [fromAddress],
  );

  // Leaving the page drops the search not yet written, which would otherwise interrupt the way out
  // or land on the next page's address: a click on a link to another page, or the back button.
  useEffect(
    function dropPendingWriteOnTheWayOut() {
      const onClick = (event: MouseEvent) => {
        const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
        if (link instanceof HTMLAnchorElement && new URL(link.href).pathname !== window.location.pathname) {
          cancelPendingWrite();
        }
      };
      document.addEventListener('click', onClick, true);
      window.addEventListener('popstate', cancelPendingWrite);
      return () => {
        document.removeEventListener('click', onClick, true);
        window.removeEventListener('popstate', cancelPendingWrite);
      };
    },
    [cancelPendingWrite],
  );
  useEffect(() => cancelPendingWrite, [cancelPendingWrite]);

  const query = useMemo(
    () => (typed === null ? fromAddress : { ...fromAddress, search: typed, page: 1 }),
    [fromAddress, typed],
  );
  return [query, update];
}
