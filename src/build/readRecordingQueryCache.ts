import {
  QueryCache,
  type DefaultError,
  type Query,
  type QueryClient,
  type QueryKey,
  type QueryOptions,
  type QueryState,
} from '@tanstack/react-query';

/**
 * A query cache that, once recording, notes every query a render reads, so that a prerendered page
 * carries the data it was drawn from and not every other page's. Every query hook reaches its query
 * through `build`, whether the data is there or not. A page that read a query the build left out
 * would not match its HTML as it hydrates, and would fetch that data again.
 */
export class ReadRecordingQueryCache extends QueryCache {
  #read: Set<string> | null = null;

  /** Forgets what was read before, such as the build's own seeding of the cache, and starts noting. */
  startRecording() {
    this.#read = new Set();
  }

  wasRead(query: Query): boolean {
    return this.#read?.has(query.queryHash) ?? false;
  }

  override build<
    TQueryFnData = unknown,
    TError = DefaultError,
    TData = TQueryFnData,
    TQueryKey extends QueryKey = QueryKey,
  >(
    client: QueryClient,
    options: QueryOptions<TQueryFnData, TError, TData, TQueryKey> & { queryKey: TQueryKey },
    state?: QueryState<TData, TError>,
  ): Query<TQueryFnData, TError, TData, TQueryKey> {
    const query = super.build(client, options, state);
    this.#read?.add(query.queryHash);
    return query;
  }
}
