import type { FastifyInstance } from 'fastify';
import type { Database } from './db/database.ts';

/** Each step after the grace period gets this long. */
const STEP_MS = 1000;

/** Whether `work` settled within `ms`; it is not awaited beyond that. */
function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([
    work.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => setTimeout(resolve, ms, false).unref()),
  ]);
}

/**
 * Stops the server within `graceMs` plus a few seconds, even when queries hang: it stops
 * accepting connections and lets requests in flight finish for `graceMs`; then it cancels the
 * statements they still wait on (those requests answer 503), closes connections left open, and
 * closes the database connections. Resolves whether every step finished in time.
 */
export async function shutDown(app: FastifyInstance, db: Database, graceMs: number): Promise<boolean> {
  const closing = app.close();
  if (!(await settlesWithin(closing, graceMs))) {
    app.log.warn('requests still running after the shutdown grace period: cancelling their statements');
    await settlesWithin(db.cancelRunningStatements(), 2 * STEP_MS);
    if (!(await settlesWithin(closing, STEP_MS))) app.server.closeAllConnections();
  }
  const appClosed = await settlesWithin(closing, STEP_MS);
  const databaseClosed = await settlesWithin(db.close(), STEP_MS);
  return appClosed && databaseClosed;
}
