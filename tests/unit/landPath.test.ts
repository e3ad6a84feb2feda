import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import landTopology from 'world-atlas/land-110m.json';
import { continuousRing } from '../../src/features/residency-map/mapModel';
import {
  landPath,
  ringPoints,
  MERCATOR_MAX_LATITUDE,
  mercatorUnits,
  WORLD_UNITS,
  worldSquareBounds,
} from '../../src/features/residency-map/landPath';

function naturalEarthPath(): string {
  const topology = landTopology as unknown as Topology<{ land: GeometryCollection }>;
  return landPath(feature(topology, topology.objects.land) as FeatureCollection);
}

/** Each subpath's points, where its steps lead. */
function subpaths(d: string): Array<Array<[number, number]>> {
  return [...d.matchAll(/M([^l]+)l([^z]*)z/g)].map(([, start, steps]) => {
    const [x, y] = start!.split(' ').map(Number) as [number, number];
    const numbers = steps!.trim().split(' ').map(Number);
    const points: Array<[number, number]> = [[x, y]];
    for (let at = 0; at < numbers.length; at += 2) {
      const [lastX, lastY] = points.at(-1)!;
      // In hundredths of a unit, as the steps are written.
      points.push([Math.round((lastX + numbers[at]!) * 100) / 100, Math.round((lastY + numbers[at + 1]!) * 100) / 100]);
    }
    return points;
  });
}

const square = (ring: number[][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }],
});

describe('mercatorUnits', () => {
  it('places the world in a square: 180° W at its left, the equator at its middle', () => {
    expect(mercatorUnits([0, 0])).toEqual([WORLD_UNITS / 2, WORLD_UNITS / 2]);
    expect(mercatorUnits([-180, MERCATOR_MAX_LATITUDE])).toEqual([0, 0]);
    expect(mercatorUnits([180, -MERCATOR_MAX_LATITUDE])).toEqual([WORLD_UNITS, WORLD_UNITS]);
  });

  it('stretches latitudes as Web Mercator does, and stops at its edge rather than at infinity', () => {
    // 60° N lies at 0.5 − ln(tan(75°)) / 2π of the world's height from its top.
    expect(mercatorUnits([0, 60])[1]).toBeCloseTo(
      (0.5 - Math.log(Math.tan((75 * Math.PI) / 180)) / (2 * Math.PI)) * 1000,
      1,
    );
    expect(mercatorUnits([0, -90])).toEqual([WORLD_UNITS / 2, WORLD_UNITS]);
  });
});

describe('landPath', () => {
  it('draws each ring as one closed subpath, a point and then steps, without repeating a point', () => {
    const d = landPath(
      square([
        [0, 0],
        [90, 0],
        [90, 0.0001],
        [90, 45],
        [0, 0],
      ]),
    );
    expect(d).toBe('M500 500l250 0 0 -140.27z');
  });

  it('leaves out a ring with no area to draw', () => {
    expect(
      landPath(
        square([
          [0, 0],
          [10, 0],
          [0, 0],
        ]),
      ),
    ).toBe('');
  });

  it('draws Natural Earth’s land, every point of it a number within a copy of the world to either side', () => {
    const rings = subpaths(naturalEarthPath());
    const points = rings.flat();
    expect(rings.length).toBeGreaterThan(100);
    expect(points.length).toBeGreaterThan(4000);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(-WORLD_UNITS);
      expect(x).toBeLessThanOrEqual(2 * WORLD_UNITS);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(WORLD_UNITS);
    }
  });

  it('lands each step where its point is: the rounding of steps does not add up along a ring', () => {
    const topology = landTopology as unknown as Topology<{ land: GeometryCollection }>;
    const land = feature(topology, topology.objects.land) as FeatureCollection;
    const expected = land.features
      .flatMap(({ geometry }) =>
        geometry.type === 'MultiPolygon'
          ? geometry.coordinates
          : geometry.type === 'Polygon'
            ? [geometry.coordinates]
            : [],
      )
      .flat()
      .map((ring) => ringPoints(continuousRing(ring)))
      .filter((ring) => ring.length > 0);
    const drawn = subpaths(naturalEarthPath());
    expect(drawn.length).toBe(expected.length);
    drawn.forEach((ring, index) => {
      expect(ring.length).toBe(expected[index]!.length);
      ring.forEach(([x, y], at) => {
        expect(Math.abs(x - expected[index]![at]![0])).toBeLessThan(0.006);
        expect(Math.abs(y - expected[index]![at]![1])).toBeLessThan(0.006);
      });
    });
  });
});

describe('worldSquareBounds', () => {
  it('gives the corners of the square of a copy of the world, a whole turn east or west', () => {
    expect(worldSquareBounds(0)).toEqual([
      [-MERCATOR_MAX_LATITUDE, -180],
      [MERCATOR_MAX_LATITUDE, 180],
    ]);
    expect(worldSquareBounds(360)).toEqual([
      [-MERCATOR_MAX_LATITUDE, 180],
      [MERCATOR_MAX_LATITUDE, 540],
    ]);
  });
});
