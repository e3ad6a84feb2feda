import type { StorageLocation } from '../../src/api/schemas';

export const storageLocations: StorageLocation[] = [
  {
    id: 'us-virginia',
    name: 'Virginia',
    countryCode: 'US',
    role: 'primary',
    coordinates: { lat: 39.04, lon: -77.49 },
    provider: 'Sample Cloud Co. (US-owned data centre operator)',
    dataCategories: ['Account data', 'Content', 'Messages', 'Usage logs'],
    certifications: ['ISO/IEC 27001', 'SOC 2 Type II', 'FedRAMP Moderate'],
    encryption: {
      atRest: 'AES-256-GCM',
      inTransit: 'TLS 1.3',
      keyManagement: 'HSM-backed keys held by the US entity',
    },
    since: '2022-10-01',
    employeeAccessApproved: [
      { period: '2025-H1', approved: { kind: 'exact', value: 412 } },
      { period: '2025-H2', approved: { kind: 'exact', value: 388 } },
    ],
  },
  {
    id: 'sg-singapore',
    name: 'Singapore',
    countryCode: 'SG',
    role: 'backup',
    coordinates: { lat: 1.35, lon: 103.82 },
    provider: 'Sample Cloud Co. (Singapore region)',
    dataCategories: ['Account data', 'Content', 'Messages'],
    certifications: ['ISO/IEC 27001', 'SOC 2 Type II', 'MTCS SS 584 Level 3'],
    encryption: {
      atRest: 'AES-256-GCM',
      inTransit: 'TLS 1.3',
      keyManagement: 'Keys held in Virginia; backup is unreadable without them',
    },
    since: '2023-03-01',
    employeeAccessApproved: [
      { period: '2025-H1', approved: { kind: 'suppressed', lessThan: 5 } },
      { period: '2025-H2', approved: { kind: 'exact', value: 0 } },
    ],
  },
];
