import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from './retry-policy';

/**
 * The data is a dated snapshot: keep it fresh for a long time; retry only what might pass next time, backing
 * off (and waiting as long as a 429 asks), so the error or the "retrying" notice shows within seconds.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
        retryDelay,
      },
    },
  });
}
