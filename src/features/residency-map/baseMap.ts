import type { FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import landUrl from 'world-atlas/land-110m.json?url';
import { retryPolicy } from '../../api/retryPolicy';
import { dataOf, FetchCache, useCachedFetch } from '../../lib/fetchCache';
import { continuousRing } from './mapModel';

/** Land outlines from Natural Earth, fetched as a static asset of the site itself. */
export async function fetchLand(signal?: AbortSignal): Promise<FeatureCollection> {
  const response = await fetch(landUrl, { signal });
  if (!response.ok) throw new Error(`Base map: HTTP ${response.status}`);
  const topology = (await response.json()) as Topology<{ land: GeometryCollection }>;
  // A GeometryCollection object always converts to a FeatureCollection.
  return continuousLand(feature(topology, topology.objects.land) as FeatureCollection);
}

/** The land with every polygon's rings made continuous across ±180° (see continuousRing). */
export function continuousLand(land: FeatureCollection): FeatureCollection {
  const rings = (polygon: Position[][]) => polygon.map(continuousRing);
  return {
    ...land,
    features: land.features.map((item) => {
      const geometry = item.geometry;
      if (geometry.type === 'Polygon')
        return { ...item, geometry: { ...geometry, coordinates: rings(geometry.coordinates) } };
      if (geometry.type === 'MultiPolygon') {
        return { ...item, geometry: { ...geometry, coordinates: geometry.coordinates.map(rings) } };
      }
      return item;
    }),
  };
}

// A static asset, not API data: the widget's map shares it without TanStack Query.
const baseMap = new FetchCache(retryPolicy);

/** Starts fetching the land before the map asks for it. */
export const prefetchLand = () => baseMap.prefetch('land-110m', fetchLand);

/** The land outlines, once fetched. */
export const useLand = () => dataOf(useCachedFetch(baseMap, 'land-110m', fetchLand));

function shiftPositions(positions: unknown, offset: number): unknown {
  if (typeof (positions as Position)[0] === 'number') {
    const [lon, lat] = positions as Position;
    return [lon! + offset, lat];
  }
  return (positions as unknown[]).map((inner) => shiftPositions(inner, offset));
}

/** The same land drawn one or more turns east or west, for views across ±180°. */
export function shiftLand(land: FeatureCollection, offset: number): FeatureCollection {
  if (offset === 0) return land;
  return {
    type: 'FeatureCollection',
    features: land.features.map((item) => ({
      ...item,
      geometry: {
        ...item.geometry,
        coordinates: shiftPositions(
          (item.geometry as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates,
          offset,
        ),
      } as Geometry,
    })),
  };
}
