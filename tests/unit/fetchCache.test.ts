import { describe, expect, it, vi } from 'vitest';
import { FetchCache, type FetchState } from '../../src/lib/fetchCache';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function watch<T>(cache: FetchCache, key: string, fetcher: () => Promise<T>) {
  const states: FetchState<T>[] = [];
  const unsubscribe = cache.subscribe(key, fetcher, () => states.push(cache.state<T>(key)));
  return { states, unsubscribe };
}

describe('FetchCache', () => {
  it('is pending until the first subscriber, then fetches once for every reader', async () => {
    const cache = new FetchCache({ retry: 0, retryDelay: 0 });
    const fetcher = vi.fn(async () => 'data');
    expect(cache.state('meta')).toEqual({ status: 'pending' });
    expect(fetcher).not.toHaveBeenCalled();
    const first = watch(cache, 'meta', fetcher);
    const second = watch(cache, 'meta', fetcher);
    await settle();
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(cache.state('meta')).toEqual({ status: 'success', data: 'data' });
    expect(first.states.at(-1)).toEqual({ status: 'success', data: 'data' });
    expect(second.states.at(-1)).toEqual({ status: 'success', data: 'data' });
  });

  it('prefetches before anyone reads, and the first reader shares that fetch', async () => {
    const cache = new FetchCache({ retry: 0, retryDelay: 0 });
    const fetcher = vi.fn(async () => 'data');
    cache.prefetch('meta', fetcher);
    cache.prefetch('meta', fetcher);
    expect(fetcher).toHaveBeenCalledTimes(1);
    await settle();
    const { states } = watch(cache, 'meta', fetcher);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(cache.state('meta')).toEqual({ status: 'success', data: 'data' });
    expect(states).toEqual([]);
  });

  it('retries as its policy says before it reports the error', async () => {
    const cache = new FetchCache({ retry: 1, retryDelay: 10 });
    const fetcher = vi.fn().mockRejectedValueOnce(new Error('blip')).mockResolvedValueOnce('data');
    watch(cache, 'meta', fetcher);
    await vi.waitFor(() => expect(cache.state('meta')).toEqual({ status: 'success', data: 'data' }));
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it('reports the error after the last retry, and refetch recovers', async () => {
    const cache = new FetchCache({ retry: 0, retryDelay: 0 });
    const failure = new Error('down');
    const fetcher = vi.fn().mockRejectedValueOnce(failure).mockResolvedValueOnce('data');
    const { states } = watch(cache, 'meta', fetcher);
    await settle();
    const failed = cache.state('meta');
    expect(failed).toMatchObject({ status: 'error', error: failure, isFetching: false });
    if (failed.status !== 'error') throw new Error('expected an error');
    failed.refetch();
    failed.refetch();
    expect(cache.state('meta')).toMatchObject({ status: 'error', isFetching: true });
    await settle();
    expect(cache.state('meta')).toEqual({ status: 'success', data: 'data' });
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(states.map((state) => state.status)).toEqual(['error', 'error', 'success']);
  });

  it('stops telling a reader that has unsubscribed', async () => {
    const cache = new FetchCache({ retry: 0, retryDelay: 0 });
    const { states, unsubscribe } = watch(cache, 'meta', async () => 'data');
    unsubscribe();
    await settle();
    expect(states).toEqual([]);
    expect(cache.state('meta')).toEqual({ status: 'success', data: 'data' });
  });
});
