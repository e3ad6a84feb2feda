import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import landTopology from 'world-atlas/land-110m.json';
import type { StorageLocation } from '../../src/api/schemas';
import {
  continuousRing,
  flowGeometry,
  placedBounds,
  placeFlows,
  placeLocations,
  unwrapLongitude,
  worldCopyOffsets,
} from '../../src/features/residency-map/mapModel';
import { sampleDataset } from '../support/sample';
import { manyLocations } from '../support/fixtures';

const { storageLocations, replicationFlows } = sampleDataset;

describe('map model', () => {
  it('unwraps a longitude to within 180° of the anchor', () => {
    expect(unwrapLongitude(103.82, -77.49)).toBeCloseTo(-256.18);
    expect(unwrapLongitude(-77.49, 103.82)).toBeCloseTo(282.51);
    expect(unwrapLongitude(10, 0)).toBe(10);
    expect(unwrapLongitude(-170, 170)).toBe(190);
  });

  it('keeps Virginia as the anchor and puts Singapore across the Pacific', () => {
    const placed = placeLocations(storageLocations);
    const virginia = placed.find((item) => item.location.id === 'us-virginia')!;
    const singapore = placed.find((item) => item.location.id === 'sg-singapore')!;
    expect(virginia.lon).toBeCloseTo(-77.49);
    expect(singapore.lon).toBeCloseTo(-256.18);
  });

  it('draws the replication from the primary to the backup, never wider than half the world', () => {
    const placed = placeLocations(storageLocations);
    const [flow] = placeFlows(replicationFlows, placed);
    expect(flow!.from.location.role).toBe('primary');
    expect(flow!.to.location.role).toBe('backup');
    const lons = flow!.path.map(([, lon]) => lon);
    expect(Math.max(...lons) - Math.min(...lons)).toBeLessThanOrEqual(180);
    expect(flow!.path[0]![1]).toBeCloseTo(-77.49);
    expect(flow!.path.at(-1)![1]).toBeCloseTo(-256.18);
  });

  it('points the arrowhead towards the receiving end', () => {
    const { path, arrow } = flowGeometry({ lat: 0, lon: 0 }, { lat: 0, lon: 40 });
    const tip = arrow[0]!;
    const middle = path[Math.floor(path.length / 2)]!;
    expect(tip[1]).toBeGreaterThan(middle[1]);
  });

  it('skips flows whose ends are unknown', () => {
    const placed = placeLocations(storageLocations);
    const flows = placeFlows([{ ...replicationFlows[0]!, to: 'nowhere' }], placed);
    expect(flows).toEqual([]);
  });

  it('fans out locations at nearly the same place so each marker stays reachable', () => {
    const placed = placeLocations(manyLocations(22));
    expect(placed).toHaveLength(22);
    const twins = placed.filter((item) => item.location.id.startsWith('twin-'));
    expect(twins).toHaveLength(2);
    expect(twins[0]!.offset).not.toEqual(twins[1]!.offset);
    const loners = placed.filter((item) => !item.location.id.startsWith('twin-'));
    expect(loners.every((item) => item.offset[0] === 0 && item.offset[1] === 0)).toBe(true);
  });

  it('draws the land once for every world copy the locations reach', () => {
    expect(worldCopyOffsets([-77, -256])).toEqual([-360, 0]);
    expect(worldCopyOffsets([0, 10])).toEqual([0]);
  });

  it('frames all locations, and the whole world when there are none', () => {
    const [[south, west], [north, east]] = placedBounds(placeLocations(storageLocations));
    expect(west).toBeLessThan(-256);
    expect(east).toBeGreaterThan(-77.49);
    expect(south).toBeLessThan(1.35);
    expect(north).toBeGreaterThan(39);
    expect(placedBounds([])).toEqual([
      [-50, -170],
      [70, 170],
    ]);
  });

  it('falls back to the first location as anchor when none is primary', () => {
    const backups: StorageLocation[] = storageLocations.map((item) => ({ ...item, role: 'backup' }));
    expect(placeLocations(backups)[0]!.lon).toBeCloseTo(-77.49);
  });
});

describe('continuousRing', () => {
  it('moves points by whole turns so that no edge jumps across the map', () => {
    expect(
      continuousRing([
        [179, -16.5],
        [-180, -16.6],
        [-179.5, -17],
        [179.4, -16.8],
      ]),
    ).toEqual([
      [179, -16.5],
      [180, -16.6],
      [180.5, -17],
      [179.4, -16.8],
    ]);
  });

  it('leaves Natural Earth’s land with no edge wider than half the world', () => {
    const topology = landTopology as unknown as Topology<{ land: GeometryCollection }>;
    const land = feature(topology, topology.objects.land) as FeatureCollection;
    const polygons = land.features.flatMap((item) =>
      item.geometry.type === 'MultiPolygon' ? item.geometry.coordinates : [],
    );
    const widest = (rings: number[][][]) =>
      Math.max(...rings.flatMap((ring) => ring.slice(1).map((point, index) => Math.abs(point[0]! - ring[index]![0]!))));
    expect(widest(polygons.flat())).toBeGreaterThan(180);
    expect(widest(polygons.flat().map(continuousRing))).toBeLessThanOrEqual(180);
  });
});
