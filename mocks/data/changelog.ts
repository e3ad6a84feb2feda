import type { ChangelogEntry } from '../../src/api/schemas';

export const changelog: ChangelogEntry[] = [
  {
    dataVersion: '2026.2',
    date: '2026-02-15',
    changes: ['Added 2025-H2 figures.', 'Control AC-09 moved from partial to implemented.'],
  },
  {
    dataVersion: '2025.3',
    date: '2025-08-30',
    changes: ['Added 2025-H1 figures.', '2024-H2 US law-enforcement figures corrected.'],
  },
  {
    dataVersion: '2025.1',
    date: '2025-02-20',
    changes: ['First publication, covering 2023-H1 to 2024-H2.'],
  },
];
