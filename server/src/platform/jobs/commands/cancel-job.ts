import { sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { InvalidTransition } from '../../errors.ts';
import { type JobView, readJob } from '../queries/jobs.ts';

/**
 * A waiting job is cancelled at once and never runs; a running one is asked to stop: its
 * handler's abort signal fires at the next heartbeat or progress report.
 */
export async function cancelJob(ctx: TenantContext, id: string): Promise<JobView> {
  const job = await readJob(ctx, id);
  const changed = await queryOne<{ id: string }>(
    ctx.tx,
    sql`update jobs set
          state = case when state = 'running' then state else 'cancelled' end,
          cancel_requested = state = 'running',
          finished_at = case when state = 'running' then finished_at else now() end
        where id = ${id} and state in ('queued', 'failed', 'running')
        returning id`,
  );
  if (!changed) throw new InvalidTransition('job', job.state, 'cancel', ['queued', 'failed', 'running']);
  return readJob(ctx, id);
}
