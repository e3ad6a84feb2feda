import type { ReplicationFlow, StorageLocation } from '../../api/schemas';

/** A location with the longitude it is drawn at (possibly outside ±180°). */
export interface PlacedLocation {
  location: StorageLocation;
  lat: number;
  lon: number;
  /** Pixel offset for markers that would otherwise sit on top of each other. */
  offset: [x: number, y: number];
}

export interface PlacedFlow {
  flow: ReplicationFlow;
  from: PlacedLocation;
  to: PlacedLocation;
  path: [lat: number, lon: number][];
  arrow: [lat: number, lon: number][];
}

/** Shifts a longitude by whole turns so it lies within 180° of the anchor. */
export function unwrapLongitude(lon: number, anchor: number): number {
  let result = lon;
  while (result - anchor > 180) result -= 360;
  while (result - anchor < -180) result += 360;
  return result;
}

/**
 * A ring of an outline whose points never jump across the map: Natural Earth cuts land that crosses
 * ±180° (Fiji, Chukotka) with an edge from one side to the other, which the map drew as a hairline
 * around the world. Each point is moved by whole turns to lie within 180° of the one before.
 */
export function continuousRing(ring: readonly (readonly number[])[]): number[][] {
  let previous: number | undefined;
  return ring.map(([lon, lat, ...rest]) => {
    const placed = previous === undefined ? lon! : unwrapLongitude(lon!, previous);
    previous = placed;
    return [placed, lat!, ...rest];
  });
}

const NEAR_DEGREES = 0.75;
const SPREAD_PIXELS = 14;

/**
 * Places every location relative to the primary one, so that flows from the
 * primary take the short way round (Virginia → Singapore crosses the Pacific)
 * instead of smearing across the map at the anti-meridian.
 */
export function placeLocations(locations: StorageLocation[]): PlacedLocation[] {
  const anchorLocation = locations.find((item) => item.role === 'primary') ?? locations[0];
  if (!anchorLocation) return [];
  const anchor = anchorLocation.coordinates.lon;
  const placed = locations.map((location) => ({
    location,
    lat: location.coordinates.lat,
    lon: unwrapLongitude(location.coordinates.lon, anchor),
    offset: [0, 0] as [number, number],
  }));
  return spreadNearDuplicates(placed);
}

/** Locations within NEAR_DEGREES of each other are fanned out on a small ring. */
export function spreadNearDuplicates(placed: PlacedLocation[]): PlacedLocation[] {
  const groups: PlacedLocation[][] = [];
  for (const item of placed) {
    const group = groups.find(
      (candidate) =>
        Math.abs(candidate[0]!.lat - item.lat) < NEAR_DEGREES && Math.abs(candidate[0]!.lon - item.lon) < NEAR_DEGREES,
    );
    if (group) group.push(item);
    else groups.push([item]);
  }
  return groups.flatMap((group) =>
    group.length === 1
      ? group
      : group.map((item, index) => {
          const angle = (2 * Math.PI * index) / group.length - Math.PI / 2;
          return {
            ...item,
            offset: [Math.round(Math.cos(angle) * SPREAD_PIXELS), Math.round(Math.sin(angle) * SPREAD_PIXELS)] as [
              number,
              number,
            ],
          };
        }),
  );
}

const toMercatorY = (lat: number) => (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const fromMercatorY = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((y * Math.PI) / 180)) - 90;

/**
 * A gentle curve between two placed points, computed in Mercator space so it
 * looks the same on screen whatever the latitude, with an arrowhead at its
 * middle pointing towards `to`.
 */
export function flowGeometry(
  from: { lat: number; lon: number },
  to: { lat: number; lon: number },
  segments = 48,
): { path: [number, number][]; arrow: [number, number][] } {
  const ax = from.lon;
  const ay = toMercatorY(from.lat);
  const bx = to.lon;
  const by = toMercatorY(to.lat);
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.hypot(dx, dy) || 1;
  // Bend to the left of the direction of travel, by a fifth of the length.
  const cx = (ax + bx) / 2 - (dy / length) * length * 0.2;
  const cy = (ay + by) / 2 + (dx / length) * length * 0.2;
  const point = (t: number): [number, number] => {
    const u = 1 - t;
    return [u * u * ay + 2 * u * t * cy + t * t * by, u * u * ax + 2 * u * t * cx + t * t * bx];
  };
  const path = Array.from({ length: segments + 1 }, (_, i) => {
    const [y, x] = point(i / segments);
    return [fromMercatorY(y), x] as [number, number];
  });

  const [tipY, tipX] = point(0.55);
  const [backY, backX] = point(0.5);
  const tx = tipX - backX;
  const ty = tipY - backY;
  const tangentLength = Math.hypot(tx, ty) || 1;
  const size = Math.min(Math.max(length * 0.04, 1.5), 6);
  const ux = (tx / tangentLength) * size;
  const uy = (ty / tangentLength) * size;
  const arrow: [number, number][] = [
    [fromMercatorY(tipY + uy), tipX + ux],
    [fromMercatorY(tipY - uy * 0.6 + ux * 0.6), tipX - ux * 0.6 - uy * 0.6],
    [fromMercatorY(tipY - uy * 0.6 - ux * 0.6), tipX - ux * 0.6 + uy * 0.6],
  ];
  return { path, arrow };
}

/** Flows whose ends are both known locations, with their drawn geometry. */
export function placeFlows(flows: ReplicationFlow[], placed: PlacedLocation[]): PlacedFlow[] {
  const byId = new Map(placed.map((item) => [item.location.id, item]));
  return flows.flatMap((flow) => {
    const from = byId.get(flow.from);
    const to = byId.get(flow.to);
    if (!from || !to || from === to) return [];
    return [{ flow, from, to, ...flowGeometry(from, to) }];
  });
}

/** Which copies of the world (…, -360, 0, 360, …) the placed points reach. */
export function worldCopyOffsets(lons: number[]): number[] {
  if (lons.length === 0) return [0];
  const min = Math.min(...lons);
  const max = Math.max(...lons);
  const offsets: number[] = [];
  for (let k = Math.floor((min + 180) / 360) - 1; k <= Math.ceil((max - 180) / 360) + 1; k++) {
    const offset = k * 360;
    if (offset - 180 <= max + 30 && offset + 180 >= min - 30) offsets.push(offset);
  }
  return offsets;
}

/** South-west and north-east corners around every placed point. */
export function placedBounds(placed: PlacedLocation[]): [[number, number], [number, number]] {
  if (placed.length === 0)
    return [
      [-50, -170],
      [70, 170],
    ];
  const lats = placed.map((item) => item.lat);
  const lons = placed.map((item) => item.lon);
  const pad = 12;
  return [
    [Math.max(Math.min(...lats) - pad, -75), Math.min(...lons) - pad],
    [Math.min(Math.max(...lats) + pad, 80), Math.max(...lons) + pad],
  ];
}
