import { describe, expect, it } from 'vitest';
import type { AccessRequestCount } from '../../src/api/schemas';
import { unreportedReasons } from '../../src/features/requests/unreportedReasons';

const exact = { kind: 'exact', value: 3 } as const;
const missing = (reason?: string) => ({ kind: 'notReported', ...(reason ? { reason } : {}) }) as const;
const row = (period: string, country: string, fields: Partial<AccessRequestCount>): AccessRequestCount => ({
  period,
  category: 'civilLitigant',
  country,
  received: exact,
  disclosed: exact,
  ...fields,
});

describe('unreportedReasons', () => {
  it('groups the rows by reason, each with the figures it covers, oldest period first', () => {
    const late = row('2024-H1', 'GB', { disclosed: missing('Under review') });
    const both = row('2023-H2', 'GB', { received: missing('Not collected'), disclosed: missing('Not collected') });
    const early = row('2023-H1', 'FR', { accountsSpecified: missing('Not collected') });
    expect(unreportedReasons([late, both, early])).toEqual([
      {
        reason: 'Not collected',
        places: [
          { row: early, fields: ['accountsSpecified'] },
          { row: both, fields: ['received', 'disclosed'] },
        ],
      },
      { reason: 'Under review', places: [{ row: late, fields: ['disclosed'] }] },
    ]);
  });

  it('gives nothing for a figure not reported without a reason, nor for reported ones and shares', () => {
    const rows = [
      row('2023-H1', 'GB', { received: missing(), disclosed: { kind: 'share', percent: 40 } }),
      row('2023-H2', 'GB', { received: { kind: 'suppressed', lessThan: 5 } }),
    ];
    expect(unreportedReasons(rows)).toEqual([]);
  });
});
