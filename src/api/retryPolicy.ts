import type { RetryPolicy } from '../lib/fetchCache';

/** One quick retry smooths a blip; then the error panel takes over. */
export const retryPolicy: RetryPolicy = { retry: 1, retryDelay: 500 };
