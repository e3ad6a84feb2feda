import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import landUrl from 'world-atlas/land-110m.json?url';
import { retryPolicy } from '../../api/retryPolicy';
import { dataOf, FetchCache, useCachedFetch } from '../../lib/fetchCache';
import { landPath } from './landPath';

/** Land outlines from Natural Earth, fetched as a static asset of the site itself, as one SVG path (landPath). */
export async function fetchLand(signal?: AbortSignal): Promise<string> {
  const response = await fetch(landUrl, { signal });
  if (!response.ok) throw new Error(`Base map: HTTP ${response.status}`);
  const topology = (await response.json()) as Topology<{ land: GeometryCollection }>;
  // A GeometryCollection object always converts to a FeatureCollection.
  return landPath(feature(topology, topology.objects.land) as FeatureCollection);
}

// A static asset, not API data: the widget's map shares it without TanStack Query.
const baseMap = new FetchCache(retryPolicy);

/** Starts fetching the land before the map asks for it. */
export const prefetchLand = () => baseMap.prefetch('land-110m', fetchLand);

/** The land's SVG path, once fetched. */
export const useLand = () => dataOf(useCachedFetch(baseMap, 'land-110m', fetchLand));
