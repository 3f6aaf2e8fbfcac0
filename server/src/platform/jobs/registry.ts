import type { Database, TenantContext } from '../../db/database.ts';

/** What a job handler receives for one attempt. */
export interface JobRun<P> {
  jobId: string;
  /** Null for platform-wide jobs. */
  tenantId: string | null;
  payload: P;
  /** 1 on the first attempt. */
  attempt: number;
  /** Aborted when someone cancels the running job or the app shuts down. */
  signal: AbortSignal;
  /** Stores percent (0–100) and a short message on the job row, visible while it runs. */
  progress(percent: number, message?: string): Promise<void>;
  /**
   * Opens one transaction scoped to the job's tenant. A long job works in several short
   * transactions instead of one that holds locks for its whole run.
   */
  inTenant<T>(work: (ctx: TenantContext) => Promise<T>): Promise<T>;
  /** The whole database, for platform-wide jobs that work across tenants. */
  db: Database;
}

export type JobHandler<P = Record<string, unknown>> = (run: JobRun<P>) => Promise<void>;

const handlers = new Map<string, JobHandler>();

/**
 * Registers the handler of a job type, e.g. `defineJob('accounting.depreciation', run)`. Called
 * at import time by the module that owns the type; delivery is at least once, so a handler
 * must be safe to run again for the same job (key its effects by `jobId`).
 */
export function defineJob<P = Record<string, unknown>>(type: string, handler: JobHandler<P>): void {
  if (handlers.has(type)) throw new Error(`Job type ${type} is already defined`);
  handlers.set(type, handler as JobHandler);
}

export function jobHandler(type: string): JobHandler | undefined {
  return handlers.get(type);
}
