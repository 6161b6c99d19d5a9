import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './errors';

/** The data is a dated snapshot: keep it fresh for a long time, retry only what might pass next time. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => isApiError(error) && error.retryable && count < 2,
      },
    },
  });
}
