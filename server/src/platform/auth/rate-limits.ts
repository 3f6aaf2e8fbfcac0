import type { FastifyInstance, FastifyRequest } from 'fastify';
import { TooManyRequests } from '../errors.ts';

export interface AuthRateLimits {
  /** Counts every call to a login or code endpoint from the client's address. */
  perIp(request: FastifyRequest): Promise<void>;
  /** Refuses while an account has used up its failed attempts. */
  assertAccountOpen(request: FastifyRequest): Promise<void>;
  recordAccountFailure(request: FastifyRequest): Promise<void>;
  /**
   * One emailed code a minute per address, answered the same whether or not an account exists,
   * so the endpoint cannot be used to find out which emails are registered.
   */
  perEmailCode(request: FastifyRequest): Promise<void>;
}

const ACCOUNT_WINDOW_MS = 15 * 60_000;

/**
 * Per-address and per-account limits, in the memory of each instance (@fastify/rate-limit's
 * default store): good enough to stop guessing; a shared store can be plugged in for a fleet.
 */
export function createAuthRateLimits(
  app: FastifyInstance,
  limits: { perIp: number; perAccount: number },
): AuthRateLimits {
  const ipLimiter = app.createRateLimit({ max: limits.perIp, timeWindow: 60_000 });
  const accountLimiter = app.createRateLimit({
    max: limits.perAccount,
    timeWindow: ACCOUNT_WINDOW_MS,
    keyGenerator: (request) => `account:${(request.body as { email?: string } | undefined)?.email ?? ''}`,
  });
  const codeLimiter = app.createRateLimit({
    max: 1,
    timeWindow: 60_000,
    keyGenerator: (request) => `code:${(request.body as { email?: string } | undefined)?.email ?? ''}`,
  });
  return {
    async perEmailCode(request) {
      const state = await codeLimiter(request);
      if (!state.isAllowed && state.isExceeded) {
        throw new TooManyRequests(
          `A code was sent moments ago; you can ask for another in ${state.ttlInSeconds} seconds`,
          state.ttlInSeconds,
        );
      }
    },
    async perIp(request) {
      const state = await ipLimiter(request);
      if (!state.isAllowed && state.isExceeded) {
        throw new TooManyRequests(
          'Too many attempts from your address; wait a minute and try again',
          state.ttlInSeconds,
        );
      }
    },
    async assertAccountOpen(request) {
      const state = await accountLimiter(request, { increment: false });
      if (!state.isAllowed && state.remaining === 0) {
        throw new TooManyRequests(
          `Too many failed attempts for this account; try again in ${Math.ceil(state.ttlInSeconds / 60)} minutes`,
          state.ttlInSeconds,
        );
      }
    },
    async recordAccountFailure(request) {
      await accountLimiter(request);
    },
  };
}
