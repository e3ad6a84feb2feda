import { dehydrate, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reproducible } from '../../src/build/reproducibleState';

function dehydratedAt(time: number) {
  vi.setSystemTime(time);
  const client = new QueryClient();
  client.setQueryData(['transparency', 'meta'], { dataVersion: '2026.1' }, { updatedAt: 1 });
  return dehydrate(client);
}

describe('the query state a page is written with', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the same whenever the page is built, where TanStack stamps it with the clock', () => {
    vi.useFakeTimers();
    const first = dehydratedAt(1_000);
    const second = dehydratedAt(2_000);
    expect(JSON.stringify(first)).not.toBe(JSON.stringify(second));
    expect(JSON.stringify(reproducible(first))).toBe(JSON.stringify(reproducible(second)));
    expect(reproducible(first).queries[0]).toMatchObject({
      dehydratedAt: 1,
      state: { data: { dataVersion: '2026.1' } },
    });
  });
});
