import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, newId, tenantIsolation, timestampColumn } from '../../db/columns.ts';

/**
 * One background job. `tenant_id` is null for platform-wide jobs, which only the runner (owner
 * role) sees; the app role sees its own tenant's rows through row-level security. The id is the
 * key because platform rows have no tenant; lists go through the (tenant_id, state) index.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid().primaryKey().$defaultFn(newId),
    tenantId: uuid(),
    type: text().notNull(),
    payload: jsonb().notNull().default({}),
    /** queued, running, failed (an attempt failed, a retry waits), dead, done, cancelled. */
    state: text().notNull().default('queued'),
    runAt: timestampColumn().notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(5),
    leaseUntil: timestampColumn(),
    cancelRequested: boolean().notNull().default(false),
    progressPercent: integer(),
    progressMessage: text(),
    lastError: text(),
    dedupeKey: text(),
    scheduleId: uuid(),
    /** The tick of the schedule this job was enqueued for: one job per (schedule, tick). */
    scheduledFor: timestampColumn(),
    createdAt: createdAtColumn(),
    startedAt: timestampColumn(),
    finishedAt: timestampColumn(),
  },
  (t) => [
    index('jobs_due_idx').on(t.runAt).where(sql`state in ('queued', 'failed')`),
    index('jobs_tenant_state_idx').on(t.tenantId, t.state, t.createdAt),
    uniqueIndex('jobs_schedule_tick_key').on(t.scheduleId, t.scheduledFor),
    uniqueIndex('jobs_dedupe_key')
      .on(sql`coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid)`, t.type, t.dedupeKey)
      .where(sql`dedupe_key is not null`),
    tenantIsolation(),
  ],
);

/** A recurring job: a cron expression read in the company's time zone (UTC for platform-wide ones). */
export const jobSchedules = pgTable(
  'job_schedules',
  {
    id: uuid().primaryKey().$defaultFn(newId),
    tenantId: uuid(),
    name: text().notNull(),
    cron: text().notNull(),
    timezone: text().notNull().default('UTC'),
    type: text().notNull(),
    payload: jsonb().notNull().default({}),
    enabled: boolean().notNull().default(true),
    nextRunAt: timestampColumn().notNull(),
    lastRunAt: timestampColumn(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    unique('job_schedules_name_key').on(t.tenantId, t.name).nullsNotDistinct(),
    index('job_schedules_due_idx').on(t.nextRunAt).where(sql`enabled`),
    tenantIsolation(),
  ],
);
