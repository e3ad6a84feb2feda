import type { AccessControl, AccessRequestCount, Count, StorageLocation } from '../../src/api/schemas';

/** The request categories the sample package declares, in its order. */
export const sampleCategoryIds = [
  'usLawEnforcement',
  'usNationalSecurity',
  'otherUsGovernment',
  'foreignGovernment',
  'chineseGovernment',
  'civilLitigant',
  'internalEmployee',
];

const templateLocation: StorageLocation = {
  id: 'template',
  name: 'Template',
  countryCode: 'SG',
  role: 'backup',
  coordinates: { lat: 1.35, lon: 103.82 },
  provider: 'Generated provider',
  dataCategories: ['Account data'],
  certifications: ['ISO/IEC 27001'],
  encryption: { atRest: 'AES-256-GCM', inTransit: 'TLS 1.3', keyManagement: 'HSM' },
  since: '2023-03-01',
};

/** `n` storage locations around the world, two of them almost at the same place. */
export function manyLocations(n: number): StorageLocation[] {
  const template = templateLocation;
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

/** countries × periods × categories rows, with every kind of count present. */
export function manyRequests(countries: number, periods: number, categories: number): AccessRequestCount[] {
  const categoryList = sampleCategoryIds.slice(0, categories);
  const rows: AccessRequestCount[] = [];
  for (let p = 0; p < periods; p++) {
    const period = `${2010 + Math.floor(p / 2)}-H${(p % 2) + 1}`;
    for (let c = 0; c < countries; c++) {
      const country = `${String.fromCharCode(65 + Math.floor(c / 26))}${String.fromCharCode(65 + (c % 26))}`;
      categoryList.forEach((category, t) => {
        const seed = (p * 31 + c * 17 + t * 7) % 97;
        const received: Count =
          seed % 23 === 0
            ? { kind: 'notReported' }
            : seed % 11 === 0
              ? { kind: 'suppressed', lessThan: 5 }
              : seed % 13 === 0
                ? { kind: 'band', min: 0, max: 249 }
                : { kind: 'exact', value: seed * 3 };
        rows.push({ period, category, country, received, disclosed: { kind: 'exact', value: seed % 5 } });
      });
    }
  }
  return rows;
}
