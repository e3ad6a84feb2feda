import { useCallback } from 'react';
import { useUpdateSearchParams } from '../../lib/useUpdateSearchParams';

/** The selected storage location lives in `?location=` so it can be linked to. */
export function useSelectedLocation(): [string | null, (id: string | null) => void] {
  const [searchParams, updateSearchParams] = useUpdateSearchParams();
  const selected = searchParams.get('location');
  const select = useCallback(
    (id: string | null) =>
      updateSearchParams((params) => {
        if (id) params.set('location', id);
        else params.delete('location');
        return params;
      }),
    [updateSearchParams],
  );
  return [selected, select];
}
