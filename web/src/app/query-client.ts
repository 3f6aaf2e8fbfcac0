import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors.ts';

/** Client errors (4xx) are answers, not glitches: they are not retried. */
const worthRetrying = (failures: number, error: unknown) =>
  failures < 2 && !(error instanceof ApiError && error.status < 500);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: worthRetrying, staleTime: 30_000 },
    mutations: { retry: false },
  },
});
