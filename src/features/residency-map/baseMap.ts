import landUrl from 'virtual:drd-land-path';
import { retryPolicy } from '../../api/retryPolicy';
import { dataOf, FetchCache, useCachedFetch } from '../../lib/fetchCache';

/** Land outlines from Natural Earth, a static asset of the site itself: one SVG path, made at build time (landAsset.ts). */
export async function fetchLand(signal?: AbortSignal): Promise<string> {
  const response = await fetch(landUrl, { signal });
  if (!response.ok) throw new Error(`Base map: HTTP ${response.status}`);
  return response.text();
}

// A static asset, not API data: the widget's map shares it without TanStack Query.
const baseMap = new FetchCache(retryPolicy);

/** Starts fetching the land before the map asks for it. */
export const prefetchLand = () => baseMap.prefetch('land-110m', fetchLand);

/** The land's SVG path, once fetched. */
export const useLand = () => dataOf(useCachedFetch(baseMap, 'land-110m', fetchLand));
