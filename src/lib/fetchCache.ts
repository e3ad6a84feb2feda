import { useCallback, useSyncExternalStore } from 'react';

/** One fetch's state, in the shape QueryState reads (TanStack Query's results have it too). */
export type FetchState<T> =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; isFetching: boolean; refetch: () => void }
  | { status: 'success'; data: T };

export interface RetryPolicy {
  /** Attempts after the first failure before the error shows. */
  retry: number;
  retryDelay: number;
}

interface Entry {
  state: FetchState<unknown>;
  listeners: Set<() => void>;
}

const pending: FetchState<never> = { status: 'pending' };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Fetches each key once and shares the result with every reader, with a retry
 * and a refetch after failure. Pages use TanStack Query; this serves the
 * embeddable widget, whose byte budget has no room for it, and the static base map.
 */
export class FetchCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly policy: RetryPolicy) {}

  state<T>(key: string): FetchState<T> {
    return (this.entries.get(key)?.state as FetchState<T> | undefined) ?? pending;
  }

  /** Starts fetching `key` before anyone reads it, unless it has started already. */
  prefetch(key: string, fetcher: () => Promise<unknown>): void {
    this.entry(key, fetcher);
  }

  /** Starts `key` with data already at hand (rendered into a page at build time): nothing is fetched. */
  seed(key: string, data: unknown): void {
    if (!this.entries.has(key)) this.entries.set(key, { state: { status: 'success', data }, listeners: new Set() });
  }

  subscribe(key: string, fetcher: () => Promise<unknown>, listener: () => void): () => void {
    const { listeners } = this.entry(key, fetcher);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  private entry(key: string, fetcher: () => Promise<unknown>): Entry {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { state: pending, listeners: new Set() };
      this.entries.set(key, entry);
      void this.run(entry, fetcher);
    }
    return entry;
  }

  private set(entry: Entry, state: FetchState<unknown>) {
    entry.state = state;
    for (const listener of entry.listeners) listener();
  }

  private async run(entry: Entry, fetcher: () => Promise<unknown>) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        this.set(entry, { status: 'success', data: await fetcher() });
        return;
      } catch (error) {
        if (attempt < this.policy.retry) {
          await wait(this.policy.retryDelay);
          continue;
        }
        const refetch = () => {
          if (entry.state.status !== 'error' || entry.state.isFetching) return;
          this.set(entry, { ...entry.state, isFetching: true });
          void this.run(entry, fetcher);
        };
        this.set(entry, { status: 'error', error, isFetching: false, refetch });
        return;
      }
    }
  }
}

/** Reads `key` from `cache`, fetching it with `fetcher` the first time any component asks. */
export function useCachedFetch<T>(cache: FetchCache, key: string, fetcher: () => Promise<T>): FetchState<T> {
  const subscribe = useCallback(
    (listener: () => void) => cache.subscribe(key, fetcher, listener),
    // The fetcher of a key never changes; only the key matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cache, key],
  );
  const getSnapshot = () => cache.state<T>(key);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

export const dataOf = <T>(state: FetchState<T>): T | undefined => (state.status === 'success' ? state.data : undefined);
