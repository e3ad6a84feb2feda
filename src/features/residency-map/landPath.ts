import type { FeatureCollection, Position } from 'geojson';
import { continuousRing } from './mapModel';

/**
 * The land is drawn as one SVG path, already in Web Mercator (Leaflet's projection), in a square of
 * this many units a side: the whole world as the map shows it. The browser scales the path as the map
 * zooms, so no point of it passes through Leaflet's projection, clipping and simplification: two
 * tasks of 100–145 ms each on the map's first draw, with the CPU 4× slower.
 */
export const WORLD_UNITS = 1000;

/** How far north and south Web Mercator reaches (Leaflet's EPSG:3857): the square's top and bottom. */
export const MERCATOR_MAX_LATITUDE = 85.0511287798;

/** Hundredths of a unit: at the map's largest zoom (a world 16,384 px wide), under a fifth of a pixel. */
const round = (value: number) => Math.round(value * 100) / 100;

/** Where a point falls in the world's square: x east from 180° W, y south from the top. */
export function mercatorUnits([lon, lat]: Position): [x: number, y: number] {
  const clamped = Math.max(-MERCATOR_MAX_LATITUDE, Math.min(MERCATOR_MAX_LATITUDE, lat!));
  const phi = (clamped * Math.PI) / 180;
  const x = ((lon! + 180) / 360) * WORLD_UNITS;
  const y = ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * WORLD_UNITS;
  return [round(x), round(y)];
}

/** A ring's points in the world's square, each once (the ring's closing repeat of its first too); none if it has no area. */
export function ringPoints(ring: Position[]): Array<[x: number, y: number]> {
  const points: Array<[number, number]> = [];
  for (const position of ring) {
    const point = mercatorUnits(position);
    const last = points.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  const [first, last] = [points[0], points.at(-1)];
  if (points.length > 1 && first![0] === last![0] && first![1] === last![1]) points.pop();
  return points.length < 3 ? [] : points;
}

/**
 * One closed subpath: the first point, then each as a step from the one before (SVG's relative
 * `l`), a third fewer bytes once gzipped. Each step is measured from where the steps so far
 * lead, so the rounding of one never adds up along the ring.
 */
function ringPath(points: Array<[number, number]>): string {
  if (points.length === 0) return '';
  let [x, y] = points[0]!;
  const steps: string[] = [];
  for (const [toX, toY] of points.slice(1)) {
    const [dx, dy] = [round(toX - x), round(toY - y)];
    [x, y] = [round(x + dx), round(y + dy)];
    steps.push(`${dx} ${dy}`);
  }
  return `M${points[0]!.join(' ')}l${steps.join(' ')}z`;
}

/**
 * The land's polygons as the `d` of one SVG path in the world's square (WORLD_UNITS), every ring made
 * continuous across ±180° (continuousRing): such rings reach past the square's sides, so the path is
 * drawn with overflow visible.
 */
export function landPath(land: FeatureCollection): string {
  const polygons = land.features.flatMap((item) => {
    const geometry = item.geometry;
    if (geometry.type === 'Polygon') return [geometry.coordinates];
    if (geometry.type === 'MultiPolygon') return geometry.coordinates;
    return [];
  });
  return polygons
    .flat()
    .map((ring) => ringPath(ringPoints(continuousRing(ring))))
    .join('');
}

/** The south-west and north-east corners of the world's square, `offset` degrees east (a world copy). */
export function worldSquareBounds(offset: number): [[number, number], [number, number]] {
  return [
    [-MERCATOR_MAX_LATITUDE, offset - 180],
    [MERCATOR_MAX_LATITUDE, offset + 180],
  ];
}
