import { QueryClient, type QueryCache } from '@tanstack/react-query';
import { retryPolicy } from '../api/retryPolicy';

export function createQueryClient(queryCache?: QueryCache) {
  return new QueryClient({
    queryCache,
    defaultOptions: {
      queries: { ...retryPolicy, refetchOnWindowFocus: false },
    },
  });
}
