import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { JobHandler } from './registry.ts';
import type { ScheduleRequest } from './schedules.ts';

export const housekeepingSchedule: ScheduleRequest = {
  name: 'platform.housekeeping',
  cron: '0 * * * *',
  type: 'platform.housekeeping',
};

/** Finished jobs are kept this long so that administrators can look back at them. */
const KEEP_FINISHED_JOBS_DAYS = 30;

export async function purgeFinishedJobs(db: Database): Promise<void> {
  await db.orm.execute(
    sql`delete from jobs where state in ('done', 'cancelled')
          and finished_at < now() - make_interval(days => ${KEEP_FINISHED_JOBS_DAYS})`,
  );
}

/**
 * The hourly clean-up of expired rows, one platform-wide job: with several app instances it
 * runs once an hour in all, not once per instance.
 */
export function housekeepingJob(db: Database, purges: Array<() => Promise<unknown>>): JobHandler {
  return async ({ progress }) => {
    const steps = [...purges, () => purgeFinishedJobs(db)];
    for (const [done, purge] of steps.entries()) {
      await purge();
      await progress(((done + 1) / steps.length) * 100);
    }
  };
}
