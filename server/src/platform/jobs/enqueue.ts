import { sql } from 'drizzle-orm';
import { queryOne, type TenantContext, type Tx } from '../../db/database.ts';

export interface JobRequest {
  type: string;
  payload?: Record<string, unknown>;
  /** Not before this time; now by default. */
  runAt?: Date;
  /** Attempts before the job goes to dead-letter; 5 by default. */
  maxAttempts?: number;
  /** A second job of the same type and key is not enqueued while the first exists. */
  dedupeKey?: string;
}

/**
 * Enqueues a job inside the caller's transaction: it exists only if the caller commits.
 * Returns the job's id, or null when a job with the same dedupe key already exists.
 */
export async function enqueueJob(ctx: TenantContext, job: JobRequest): Promise<string | null> {
  return insertJob(ctx.tx, ctx.tenantId, job);
}

/** The same for a platform-wide job (no tenant), from a platform transaction. */
export async function enqueuePlatformJob(ctx: { tx: Tx }, job: JobRequest): Promise<string | null> {
  return insertJob(ctx.tx, null, job);
}

async function insertJob(tx: Tx, tenantId: string | null, job: JobRequest): Promise<string | null> {
  const row = await queryOne<{ id: string }>(
    tx,
    sql`insert into jobs (id, tenant_id, type, payload, run_at, max_attempts, dedupe_key)
        values (uuid_v7(), ${tenantId}, ${job.type}, ${JSON.stringify(job.payload ?? {})}::jsonb,
                ${job.runAt ? sql`${job.runAt.toISOString()}::timestamptz` : sql`now()`}, ${job.maxAttempts ?? 5}, ${job.dedupeKey ?? null})
        on conflict do nothing
        returning id`,
  );
  return row?.id ?? null;
}
