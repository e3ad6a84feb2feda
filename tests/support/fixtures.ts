import type { StorageLocation } from '../../src/api/schemas';
import { storageLocations } from '../../mocks/data/storage-locations';

/** `n` storage locations around the world, two of them almost at the same place. */
export function manyLocations(n: number): StorageLocation[] {
  const template = storageLocations[1]!;
  const spread = Array.from({ length: n - 2 }, (_, index) => ({
    ...template,
    id: `site-${index}`,
    name: `Site ${index}`,
    role: index === 0 ? ('primary' as const) : ('backup' as const),
    coordinates: { lat: -60 + ((index * 37) % 120), lon: -175 + ((index * 53) % 350) },
  }));
  return [
    ...spread,
    { ...template, id: 'twin-a', name: 'Frankfurt A', coordinates: { lat: 50.11, lon: 8.68 } },
    { ...template, id: 'twin-b', name: 'Frankfurt B', coordinates: { lat: 50.12, lon: 8.7 } },
  ];
}
