import type { Meta } from '../../src/api/schemas';

export const periods = [
  { id: '2023-H1', start: '2023-01-01', end: '2023-06-30' },
  { id: '2023-H2', start: '2023-07-01', end: '2023-12-31' },
  { id: '2024-H1', start: '2024-01-01', end: '2024-06-30' },
  { id: '2024-H2', start: '2024-07-01', end: '2024-12-31' },
  { id: '2025-H1', start: '2025-01-01', end: '2025-06-30' },
  { id: '2025-H2', start: '2025-07-01', end: '2025-12-31' },
];

export const meta: Meta = {
  organisation: { name: 'Example Platform (sample)', url: 'https://example.org/' },
  scope: 'US user data',
  periods,
  lastUpdated: '2026-02-15',
  asOf: '2025-12-31',
  dataVersion: '2026.2',
  sample: {
    isSample: true,
    disclaimer: 'Illustrative sample data. These are not the figures of any real company.',
  },
};
