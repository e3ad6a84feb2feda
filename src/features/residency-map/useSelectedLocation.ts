import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The selected storage location lives in `?location=` so it can be linked to. */
export function useSelectedLocation(): [string | null, (id: string | null) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const selected = searchParams.get('location');
  const select = useCallback(
    (id: string | null) =>
      setSearchParams(
        (params) => {
          if (id) params.set('location', id);
          else params.delete('location');
          return params;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setSearchParams],
  );
  return [selected, select];
}
