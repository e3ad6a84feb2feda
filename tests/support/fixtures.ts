import type { AccessControl, StorageLocation } from '../../src/api/schemas';
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

const categories = ['identity', 'approval', 'monitoring', 'dataProtection', 'personnel', 'thirdParty'] as const;
const statuses = ['implemented', 'partial', 'planned'] as const;

/** `n` generated controls, for scale tests and the benchmark. */
export function manyControls(n: number): AccessControl[] {
  return Array.from({ length: n }, (_, index) => ({
    id: `GEN-${String(index + 1).padStart(4, '0')}`,
    title: `Generated control ${index + 1} for ${categories[index % 6]}`,
    description: `Synthetic control number ${index + 1}, used to test the table at scale.`,
    category: categories[index % 6]!,
    status: statuses[index % 3]!,
    frameworks: [
      { framework: 'ISO27001' as const, reference: `A.${(index % 8) + 5}.${index % 30}` },
      ...(index % 2 ? [{ framework: 'SOC2' as const, reference: `CC${(index % 9) + 1}.${index % 4}` }] : []),
    ],
    evidence: index % 5 ? [{ label: 'Report', url: `https://example.org/evidence/${index}` }] : [],
    lastReviewed: `202${4 + (index % 2)}-${String((index % 12) + 1).padStart(2, '0')}-15`,
  }));
}
