import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, queryOne, queryRows } from '../../db/database.ts';
import { onboardCompany } from '../../test/onboarding.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { cancelJob } from './commands/cancel-job.ts';
import { enqueueJob, type JobRequest } from './enqueue.ts';
import type { JobHandler } from './registry.ts';
import { JobRunner } from './runner.ts';
import { scheduleJob } from './schedules.ts';

/** The runners' shared clock, moved by the tests instead of waiting. */
let clock = new Date();
const advance = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};

let t: TestApp;
let second: TestApp;
let tenantId: string;
const effects = new Map<string, number>();
const calls: string[] = [];

const handlers: Record<string, JobHandler> = {
  'platform.housekeeping': async () => {},
  'test.record': async ({ jobId }) => {
    // Keyed by job id, as the at-least-once contract asks of handlers.
    effects.set(jobId, 1);
    calls.push(jobId);
  },
  'test.fail': async () => {
    throw new Error('supplier API unreachable');
  },
  'test.cancel-self': async ({ jobId, tenantId: tenant, db, progress }) => {
    await db.withTenant(tenant!, { userId: null }, (ctx) => cancelJob(ctx, jobId));
    await progress(50, 'half way');
    throw new Error('should have seen the abort signal');
  },
};

const runnerOn = (db: Database, leaseSeconds = 60) =>
  new JobRunner(db, t.app.log, { now: () => clock, leaseSeconds, handlers });

const enqueue = (job: JobRequest) =>
  t.db.withTenant(tenantId, { userId: null }, async (ctx) => (await enqueueJob(ctx, job))!);

const jobRow = (id: string) =>
  queryOne<{ state: string; attempts: number; run_at: Date; last_error: string | null; progress_message: string }>(
    t.db.orm,
    sql`select state, attempts, run_at, last_error, progress_message from jobs where id = ${id}`,
  );

beforeAll(async () => {
  t = await createTestApp();
  // Before the second instance starts: its outbox dispatcher could take the owner's code email.
  tenantId = (await onboardCompany(t.api, t.mail)).tenantId;
  second = await createTestApp({}, { sameDatabaseAs: t });
  // The apps' own runners keep the real clock; these tests drive runners of their own.
  await t.app.platform.jobRunner.stop();
  await second.app.platform.jobRunner.stop();
});
afterAll(async () => {
  await second.close();
  await t.close();
});

describe('job runner', () => {
  it('fires a recurring schedule exactly once per tick with two runners on the same database', async () => {
    clock = new Date();
    await t.db.withTenant(tenantId, { userId: null }, (ctx) =>
      scheduleJob(ctx, { name: 'nightly-sync', cron: '* * * * *', type: 'test.record' }),
    );
    const runners = [runnerOn(t.db), runnerOn(second.db)];
    const ticksFired = async () =>
      queryRows<{ scheduled_for: Date }>(
        t.db.orm,
        sql`select j.scheduled_for from jobs j join job_schedules s on s.id = j.schedule_id
            where s.name = 'nightly-sync' order by j.scheduled_for`,
      );
    advance(61);
    await Promise.all([...runners, ...runners].map((r) => r.fireSchedules()));
    expect(await ticksFired()).toHaveLength(1);
    advance(60);
    await Promise.all([...runners, ...runners].map((r) => r.fireSchedules()));
    const ticks = await ticksFired();
    expect(ticks).toHaveLength(2);
    expect(new Date(ticks[1]!.scheduled_for).getTime() - new Date(ticks[0]!.scheduled_for).getTime()).toBe(60_000);

    const before = calls.length;
    await Promise.all(runners.map((r) => r.drain()));
    expect(calls.length - before).toBe(2);
  });

  it('retries a failing job with growing backoff and puts it in dead-letter after its attempts', async () => {
    clock = new Date();
    const runner = runnerOn(t.db);
    const id = await enqueue({ type: 'test.fail', maxAttempts: 3, runAt: clock });

    expect(await runner.runOne()).toBe(true);
    let job = await jobRow(id);
    expect(job).toMatchObject({ state: 'failed', attempts: 1, last_error: 'supplier API unreachable' });
    expect(new Date(job!.run_at).getTime() - clock.getTime()).toBe(10_000);
    expect(await runner.runOne()).toBe(false);

    advance(10);
    expect(await runner.runOne()).toBe(true);
    job = await jobRow(id);
    expect(job).toMatchObject({ state: 'failed', attempts: 2 });
    expect(new Date(job!.run_at).getTime() - clock.getTime()).toBe(20_000);

    advance(20);
    expect(await runner.runOne()).toBe(true);
    expect(await jobRow(id)).toMatchObject({ state: 'dead', attempts: 3, last_error: 'supplier API unreachable' });
    advance(3600);
    expect(await runner.runOne()).toBe(false);
  });

  it('takes over the job of a worker that died mid-run once its lease expires, with one effect', async () => {
    clock = new Date();
    const crashed = runnerOn(t.db, 30);
    const survivor = runnerOn(second.db, 30);
    const id = await enqueue({ type: 'test.record', runAt: clock });

    expect((await crashed.claim())?.id).toBe(id);
    expect(await survivor.runOne()).toBe(false);
    advance(31);
    expect(await survivor.runOne()).toBe(true);
    expect(await jobRow(id)).toMatchObject({ state: 'done', attempts: 2 });
    expect(effects.get(id)).toBe(1);
    expect(calls.filter((c) => c === id)).toHaveLength(1);
  });

  it('never runs a cancelled queued job, and a running job sees its abort signal', async () => {
    clock = new Date();
    const runner = runnerOn(t.db);
    const queued = await enqueue({ type: 'test.record', runAt: clock });
    await t.db.withTenant(tenantId, { userId: null }, (ctx) => cancelJob(ctx, queued));
    expect(await runner.runOne()).toBe(false);
    expect(await jobRow(queued)).toMatchObject({ state: 'cancelled', attempts: 0 });
    expect(calls).not.toContain(queued);

    const running = await enqueue({ type: 'test.cancel-self', runAt: clock });
    expect(await runner.runOne()).toBe(true);
    expect(await jobRow(running)).toMatchObject({ state: 'cancelled', attempts: 1, progress_message: 'half way' });
  });

  it('enqueues one job per dedupe key', async () => {
    const first = await enqueue({
      type: 'test.record',
      dedupeKey: 'invoice-42',
      runAt: new Date(Date.now() + 86_400_000),
    });
    const again = await t.db.withTenant(tenantId, { userId: null }, (ctx) =>
      enqueueJob(ctx, { type: 'test.record', dedupeKey: 'invoice-42' }),
    );
    expect(first).toBeTruthy();
    expect(again).toBeNull();
  });
});
