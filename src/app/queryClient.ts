import { QueryClient } from '@tanstack/react-query';
import { retryPolicy } from '../api/retryPolicy';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { ...retryPolicy, refetchOnWindowFocus: false },
    },
  });
}
