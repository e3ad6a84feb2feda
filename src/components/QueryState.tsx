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

/** Loading, failure and success of one query, so each panel fails on its own. */
export function QueryState<T>({ query, minHeight, children }: Props<T>) {
  if (query.status === 'pending') return <Skeleton minHeight={minHeight} />;
  if (query.status === 'error') {
    return (
      <div style={{ minHeight }}>
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
