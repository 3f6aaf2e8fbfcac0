import { sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { InvalidTransition } from '../../errors.ts';
import { type JobView, readJob } from '../queries/jobs.ts';

/** Queues a failed, dead or cancelled job to run now, with a fresh budget of attempts. */
export async function retryJob(ctx: TenantContext, id: string): Promise<JobView> {
  const job = await readJob(ctx, id);
  const changed = await queryOne<{ id: string }>(
    ctx.tx,
    sql`update jobs set state = 'queued', attempts = 0, run_at = now(), cancel_requested = false,
          finished_at = null, lease_until = null
        where id = ${id} and state in ('failed', 'dead', 'cancelled')
        returning id`,
  );
  if (!changed) throw new InvalidTransition('job', job.state, 'retry', ['failed', 'dead', 'cancelled']);
  return readJob(ctx, id);
}
