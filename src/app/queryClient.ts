import { QueryClient } from '@tanstack/react-query';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // One quick retry smooths a blip; then the error panel takes over.
        retry: 1,
        retryDelay: 500,
        refetchOnWindowFocus: false,
      },
    },
  });
}
