import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type TenantContext } from '../../../db/database.ts';
import { NotFound } from '../../errors.ts';

export const jobStates = ['queued', 'running', 'failed', 'dead', 'done', 'cancelled'] as const;
export type JobState = (typeof jobStates)[number];

export interface JobView {
  id: string;
  type: string;
  state: JobState;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  progressPercent: number | null;
  progressMessage: string | null;
  lastError: string | null;
  cancelRequested: boolean;
  scheduleId: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const columns = sql`id, type, state, payload, attempts, max_attempts as "maxAttempts", run_at as "runAt",
  progress_percent as "progressPercent", progress_message as "progressMessage", last_error as "lastError",
  cancel_requested as "cancelRequested", schedule_id as "scheduleId", created_at as "createdAt",
  started_at as "startedAt", finished_at as "finishedAt"`;

const dates = (job: JobView): JobView => ({
  ...job,
  runAt: new Date(job.runAt),
  createdAt: new Date(job.createdAt),
  startedAt: job.startedAt ? new Date(job.startedAt) : null,
  finishedAt: job.finishedAt ? new Date(job.finishedAt) : null,
});

/** The company's jobs, newest first; row-level security keeps other companies' out. */
export async function listJobs(ctx: TenantContext, filter: { state?: JobState; limit: number }): Promise<JobView[]> {
  const rows = await queryRows<JobView>(
    ctx.tx,
    sql`select ${columns} from jobs
        where tenant_id = ${ctx.tenantId} ${filter.state ? sql`and state = ${filter.state}` : sql``}
        order by created_at desc, id desc limit ${filter.limit}`,
  );
  return rows.map(dates);
}

export async function readJob(ctx: TenantContext, id: string): Promise<JobView> {
  const row = await queryOne<JobView>(ctx.tx, sql`select ${columns} from jobs where id = ${id}`);
  if (!row) throw new NotFound('Job', id);
  return dates(row);
}

export interface ScheduleView {
  id: string;
  name: string;
  cron: string;
  timezone: string;
  type: string;
  enabled: boolean;
  nextRunAt: Date;
  lastRunAt: Date | null;
}

export async function listSchedules(ctx: TenantContext): Promise<ScheduleView[]> {
  const rows = await queryRows<ScheduleView>(
    ctx.tx,
    sql`select id, name, cron, timezone, type, enabled, next_run_at as "nextRunAt", last_run_at as "lastRunAt"
        from job_schedules where tenant_id = ${ctx.tenantId} order by name`,
  );
  return rows.map((s) => ({
    ...s,
    nextRunAt: new Date(s.nextRunAt),
    lastRunAt: s.lastRunAt ? new Date(s.lastRunAt) : null,
  }));
}
