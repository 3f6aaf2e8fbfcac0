import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { type Database, queryOne, queryRows } from '../../db/database.ts';
import { backoffSeconds, PollLoop } from '../background/poll-loop.ts';
import { type JobHandler, jobHandler } from './registry.ts';
import { nextTick, type ScheduleRequest, upsertSchedule } from './schedules.ts';

interface ClaimedJob {
  id: string;
  tenant_id: string | null;
  type: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

interface DueSchedule {
  id: string;
  tenant_id: string | null;
  cron: string;
  timezone: string;
  type: string;
  payload: Record<string, unknown>;
  next_run_at: Date;
}

export interface JobRunnerOptions {
  /** The runner's clock: due times, leases and backoff are computed from it (tests move it). */
  now?: () => Date;
  pollMs?: number;
  /** How long a claimed job stays claimed without a heartbeat before another runner takes it. */
  leaseSeconds?: number;
  /** Handlers that need the app's own objects, beside those registered with `defineJob`. */
  handlers?: Record<string, JobHandler>;
  /** Platform-wide recurring jobs, read in UTC and saved on start. */
  schedules?: ScheduleRequest[];
}

const iso = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * Runs due jobs and fires due schedules. Jobs are claimed one at a time with SKIP LOCKED and a
 * lease that a heartbeat extends, so several app instances share the queue, and a crashed
 * runner's job is taken again once its lease runs out. A schedule's tick inserts its job under
 * the unique (schedule, tick) key while the schedule row is locked: one job per tick.
 */
export class JobRunner {
  private readonly loop: PollLoop;
  private readonly now: () => Date;
  private readonly leaseSeconds: number;
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly db: Database,
    private readonly log: FastifyBaseLogger,
    private readonly options: JobRunnerOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.leaseSeconds = options.leaseSeconds ?? 60;
    this.loop = new PollLoop(() => this.drain(), log, 'job run', options.pollMs ?? 1000);
  }

  async start(): Promise<void> {
    await this.saveSchedules();
    this.loop.start();
  }

  /** Waits for the job in hand; a stopped runner's unfinished job is picked up after its lease. */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  async saveSchedules(): Promise<void> {
    const schedules = this.options.schedules ?? [];
    if (schedules.length === 0) return;
    await this.db.withPlatform(async ({ tx }) => {
      for (const schedule of schedules) await upsertSchedule(tx, null, 'UTC', schedule, this.now());
    });
  }

  /** Fires due schedules, then runs due jobs until none is left. */
  async drain(): Promise<void> {
    await this.fireSchedules();
    while (await this.runOne()) {
      // One job per claim keeps a long job from holding others behind it in a batch.
    }
  }

  async status(): Promise<{ running: boolean; lastRunAt: string | null; queued: number; dead: number }> {
    const [counts] = await this.db.probe<{ queued: number; dead: number }>(
      sql`select count(*) filter (where state in ('queued', 'failed') and run_at <= now() - interval '5 minutes')::int as queued,
                 count(*) filter (where state = 'dead')::int as dead
          from jobs`,
    );
    return {
      running: this.loop.started,
      lastRunAt: this.loop.lastRunAt?.toISOString() ?? null,
      queued: counts?.queued ?? 0,
      dead: counts?.dead ?? 0,
    };
  }

  async fireSchedules(): Promise<number> {
    const now = this.now();
    return this.db.withPlatform(async ({ tx }) => {
      const due = await queryRows<DueSchedule>(
        tx,
        sql`select id, tenant_id, cron, timezone, type, payload, next_run_at from job_schedules
            where enabled and next_run_at <= ${iso(now)}
            order by next_run_at limit 50 for update skip locked`,
      );
      for (const schedule of due) {
        const tick = new Date(schedule.next_run_at);
        await tx.execute(
          sql`insert into jobs (id, tenant_id, type, payload, run_at, schedule_id, scheduled_for)
              values (uuid_v7(), ${schedule.tenant_id}, ${schedule.type}, ${JSON.stringify(schedule.payload)}::jsonb,
                      ${iso(tick)}, ${schedule.id}, ${iso(tick)})
              on conflict do nothing`,
        );
        // Ticks missed while no runner was up are not replayed: the next one is after now.
        const next = nextTick(schedule.cron, schedule.timezone, now);
        await tx.execute(
          sql`update job_schedules set last_run_at = ${iso(tick)}, next_run_at = ${iso(next)} where id = ${schedule.id}`,
        );
      }
      return due.length;
    });
  }

  /** Claims and runs one due job; false when none is due. */
  async runOne(): Promise<boolean> {
    const job = await this.claim();
    if (!job) return false;
    await this.run(job);
    return true;
  }

  /** Takes one due job (or one whose lease ran out) without running it: tests simulate a crash. */
  claim(): Promise<ClaimedJob | undefined> {
    const now = this.now();
    return queryOne<ClaimedJob>(
      this.db.orm,
      sql`update jobs set state = 'running', attempts = attempts + 1, started_at = ${iso(now)},
            lease_until = ${iso(now)} + make_interval(secs => ${this.leaseSeconds})
          where id = (
            select id from jobs
            where (state in ('queued', 'failed') and run_at <= ${iso(now)})
               or (state = 'running' and lease_until < ${iso(now)})
            order by run_at limit 1
            for update skip locked)
          returning id, tenant_id, type, payload, attempts, max_attempts`,
    );
  }

  private async run(job: ClaimedJob): Promise<void> {
    const handler = this.options.handlers?.[job.type] ?? jobHandler(job.type);
    const abort = new AbortController();
    this.running.set(job.id, abort);
    const heartbeat = setInterval(() => this.heartbeat(job, abort), (this.leaseSeconds * 1000) / 3);
    heartbeat.unref();
    // The attempt number fences every write: a runner whose lease ran out and whose job was
    // taken over by another runner no longer changes the row.
    const mine = sql`id = ${job.id} and state = 'running' and attempts = ${job.attempts}`;
    try {
      if (!handler) throw new Error(`No handler for job type ${job.type}`);
      await handler({
        jobId: job.id,
        tenantId: job.tenant_id,
        payload: job.payload,
        attempt: job.attempts,
        signal: abort.signal,
        db: this.db,
        progress: async (percent, message) => {
          const clamped = Math.max(0, Math.min(100, Math.round(percent)));
          const row = await queryOne<{ cancel_requested: boolean }>(
            this.db.orm,
            sql`update jobs set progress_percent = ${clamped}, progress_message = ${message ?? null} where ${mine}
                returning cancel_requested`,
          );
          if (row?.cancel_requested) abort.abort(new Error('Cancelled'));
        },
        inTenant: (work) => {
          if (!job.tenant_id) throw new Error(`Job ${job.type} is platform-wide and has no tenant`);
          return this.db.withTenant(job.tenant_id, { userId: null }, work);
        },
      });
      await this.db.orm.execute(
        sql`update jobs set state = 'done', finished_at = ${iso(this.now())}, lease_until = null,
              progress_percent = 100, last_error = null
            where ${mine}`,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (abort.signal.aborted) {
        await this.db.orm.execute(
          sql`update jobs set state = 'cancelled', finished_at = ${iso(this.now())}, lease_until = null where ${mine}`,
        );
        return;
      }
      const giveUp = !handler || job.attempts >= job.max_attempts;
      this.log.warn({ jobId: job.id, type: job.type, attempts: job.attempts, err: error }, 'job failed');
      const retryAt = new Date(this.now().getTime() + backoffSeconds(job.attempts) * 1000);
      await this.db.orm.execute(
        sql`update jobs set last_error = ${message.slice(0, 2000)}, lease_until = null,
              state = ${giveUp ? 'dead' : 'failed'},
              run_at = ${giveUp ? sql`run_at` : iso(retryAt)},
              finished_at = ${giveUp ? iso(this.now()) : sql`null`}
            where ${mine}`,
      );
    } finally {
      clearInterval(heartbeat);
      this.running.delete(job.id);
    }
  }

  /** Extends the lease and passes a cancellation request on to the handler's signal. */
  private async heartbeat(job: ClaimedJob, abort: AbortController): Promise<void> {
    const row = await queryOne<{ cancel_requested: boolean }>(
      this.db.orm,
      sql`update jobs set lease_until = ${iso(this.now())} + make_interval(secs => ${this.leaseSeconds})
          where id = ${job.id} and state = 'running' and attempts = ${job.attempts}
          returning cancel_requested`,
    ).catch(() => undefined);
    if (row?.cancel_requested) abort.abort(new Error('Cancelled'));
  }
}
