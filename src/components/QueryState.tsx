import type { ReactNode } from 'react';
import type { FetchState } from '../lib/fetchCache';
import { ErrorPanel } from './ErrorPanel';
import { Skeleton } from './Skeleton';

interface Props<T> {
  /** A TanStack Query result, or a FetchCache state in the widget. */
  query: FetchState<T>;
  /** Height of the loading placeholder: the height the content will take. */
  minHeight: string;
  children: (data: T) => ReactNode;
}

type Failure = Extract<FetchState<unknown>, { status: 'error' }>;

/** The first failure explained, holding the content's height, with a Retry that fetches every failed query again. */
function FailurePanel({ failures, minHeight }: { failures: [Failure, ...Failure[]]; minHeight: string }) {
  const retry = () => {
    for (const query of failures) void query.refetch();
  };
  return (
    <div style={{ minHeight }}>
      <ErrorPanel error={failures[0].error} onRetry={retry} retrying={failures.some((query) => query.isFetching)} />
    </div>
  );
}

/** Loading, failure and success of one query, so each panel fails on its own. */
export function QueryState<T>({ query, minHeight, children }: Props<T>) {
  if (query.status === 'pending') return <Skeleton minHeight={minHeight} />;
  if (query.status === 'error') return <FailurePanel failures={[query]} minHeight={minHeight} />;
  return <>{children(query.data)}</>;
}

type DataOf<Q> = Extract<Q, { status: 'success' }> extends { data: infer T } ? T : never;

interface AllProps<Qs extends readonly FetchState<unknown>[]> {
  queries: readonly [...Qs];
  minHeight: string;
  children: (data: { [K in keyof Qs]: DataOf<Qs[K]> }) => ReactNode;
}

/**
 * Several queries behind one view: it waits for all, the first failure explains itself, and its
 * Retry fetches every query that failed, so one press is enough.
 */
export function QueryStates<Qs extends readonly FetchState<unknown>[]>({ queries, minHeight, children }: AllProps<Qs>) {
  const failures = queries.filter((query): query is Failure => query.status === 'error');
  const [failed, ...others] = failures;
  if (failed) return <FailurePanel failures={[failed, ...others]} minHeight={minHeight} />;
  if (queries.some((query) => query.status === 'pending')) return <Skeleton minHeight={minHeight} />;
  const data = queries.map((query) => (query as { data: unknown }).data);
  return <>{children(data as { [K in keyof Qs]: DataOf<Qs[K]> })}</>;
}
