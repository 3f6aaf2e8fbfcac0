/**
 * Failures that are the database's state, not the request's: the API answers them 503 with
 * `Retry-After`, since the same request will most likely succeed once the database is back or
 * the lock is free.
 */
export interface DatabaseOutage {
  status: 503;
  code: 'database_unavailable' | 'database_busy';
  message: string;
  retryAfterSeconds: number;
}

const unavailable = (message: string): DatabaseOutage => ({
  status: 503,
  code: 'database_unavailable',
  message,
  retryAfterSeconds: 5,
});
const busy = (message: string): DatabaseOutage => ({
  status: 503,
  code: 'database_busy',
  message,
  retryAfterSeconds: 2,
});

const UNREACHABLE = unavailable('The database cannot be reached right now; try again shortly');
const POOL_EXHAUSTED = unavailable('All database connections are busy; try again shortly');
const LOCKED = busy('The records are locked by another operation; try again shortly');
const TOO_SLOW = busy('The database took too long and the request was stopped; try again shortly');

/** Socket errors of a connection to the database host. */
const networkErrors = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** node-postgres reports a lost or closed connection without a code, by these messages. */
const lostConnection = /^Connection terminated|is not queryable|^Cannot use a pool after calling end/;

function outageOf(error: { code?: unknown; message?: unknown }): DatabaseOutage | null {
  const code = typeof error.code === 'string' ? error.code : '';
  const message = typeof error.message === 'string' ? error.message : '';
  // lock_not_available: lock_timeout expired.
  if (code === '55P03') return LOCKED;
  // query_canceled: statement_timeout expired (or the statement was cancelled at shutdown).
  if (code === '57014') return TOO_SLOW;
  // Connection exceptions, operator intervention (terminated backend, shutdown, restart),
  // too many connections, idle_in_transaction_session_timeout (the server closed the session),
  // and a read-only server (a standby, reached during a failover).
  if (code.startsWith('08') || code.startsWith('57P') || ['53300', '25P03', '25006'].includes(code)) return UNREACHABLE;
  if (networkErrors.has(code)) return UNREACHABLE;
  if (message === 'timeout exceeded when trying to connect') return POOL_EXHAUSTED;
  if (lostConnection.test(message)) return UNREACHABLE;
  return null;
}

/** The outage behind an error, looking through the wrappers (Drizzle puts the driver's error in `cause`). */
export function databaseOutage(error: unknown): DatabaseOutage | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const outage = outageOf(current as { code?: unknown; message?: unknown });
    if (outage) return outage;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
