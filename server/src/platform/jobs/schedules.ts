import { Cron } from 'croner';
import { sql } from 'drizzle-orm';
import type { TenantContext, Tx } from '../../db/database.ts';
import { invalidField } from '../errors.ts';
import { companyTimezone } from '../tenancy/company-calendar.ts';

export interface ScheduleRequest {
  /** Unique per company (or among platform-wide schedules); saving the same name replaces it. */
  name: string;
  /** Five or six fields, e.g. `0 2 * * *` for 02:00 every day. */
  cron: string;
  type: string;
  payload?: Record<string, unknown>;
}

/** The first tick of `cron` in `timezone` strictly after `after`. */
export function nextTick(cron: string, timezone: string, after: Date): Date {
  const next = new Cron(cron, { timezone, paused: true }).nextRun(after);
  if (!next) throw new Error(`Cron expression ${cron} never fires`);
  return next;
}

function parsedOrInvalid(cron: string, timezone: string, now: Date): Date {
  try {
    return nextTick(cron, timezone, now);
  } catch {
    return invalidField('cron', 'Invalid cron expression');
  }
}

/** Creates or replaces a company's recurring job; its cron is read in the company's time zone. */
export async function scheduleJob(ctx: TenantContext, schedule: ScheduleRequest): Promise<void> {
  const timezone = await companyTimezone(ctx);
  await upsertSchedule(ctx.tx, ctx.tenantId, timezone, schedule, new Date());
}

export async function upsertSchedule(
  tx: Tx,
  tenantId: string | null,
  timezone: string,
  schedule: ScheduleRequest,
  now: Date,
): Promise<void> {
  const next = parsedOrInvalid(schedule.cron, timezone, now);
  await tx.execute(
    sql`insert into job_schedules (id, tenant_id, name, cron, timezone, type, payload, next_run_at)
        values (uuid_v7(), ${tenantId}, ${schedule.name}, ${schedule.cron}, ${timezone}, ${schedule.type},
                ${JSON.stringify(schedule.payload ?? {})}::jsonb, ${next.toISOString()}::timestamptz)
        on conflict (tenant_id, name) do update set
          next_run_at = case when job_schedules.cron = excluded.cron and job_schedules.timezone = excluded.timezone
                             then job_schedules.next_run_at else excluded.next_run_at end,
          cron = excluded.cron, timezone = excluded.timezone, type = excluded.type, payload = excluded.payload`,
  );
}
