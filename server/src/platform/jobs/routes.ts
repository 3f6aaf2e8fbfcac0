import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../http/access.ts';
import { idParams, iso, timestampOut } from '../http/schemas.ts';
import { cancelJob } from './commands/cancel-job.ts';
import { retryJob } from './commands/retry-job.ts';
import { type JobView, jobStates, listJobs, listSchedules, readJob } from './queries/jobs.ts';

const JobOut = z
  .object({
    id: z.uuid(),
    type: z.string(),
    state: z.enum(jobStates),
    payload: z.record(z.string(), z.unknown()),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    runAt: timestampOut,
    progressPercent: z.number().int().nullable(),
    progressMessage: z.string().nullable(),
    lastError: z.string().nullable(),
    cancelRequested: z.boolean(),
    scheduleId: z.uuid().nullable(),
    createdAt: timestampOut,
    startedAt: timestampOut.nullable(),
    finishedAt: timestampOut.nullable(),
  })
  .meta({ id: 'Job' });

const ScheduleOut = z
  .object({
    id: z.uuid(),
    name: z.string(),
    cron: z.string(),
    timezone: z.string(),
    type: z.string(),
    enabled: z.boolean(),
    nextRunAt: timestampOut,
    lastRunAt: timestampOut.nullable(),
  })
  .meta({ id: 'JobSchedule' });

const toJobOut = (job: JobView) => ({
  ...job,
  runAt: iso(job.runAt),
  createdAt: iso(job.createdAt),
  startedAt: iso(job.startedAt),
  finishedAt: iso(job.finishedAt),
});

/** The company's background jobs and recurring schedules, for administrators. */
export function registerJobRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Background jobs'];
  const manage = access.tenant('platform.jobs.manage');

  r.get('/api/jobs', {
    config: { access: manage },
    schema: {
      tags,
      summary: 'The company’s background jobs, newest first',
      querystring: z.strictObject({
        state: z.enum(jobStates).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(100),
      }),
      response: { 200: z.object({ items: z.array(JobOut) }) },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => ({ items: (await listJobs(ctx, request.query)).map(toJobOut) })),
  });

  r.get('/api/jobs/:id', {
    config: { access: manage },
    schema: { tags, summary: 'One job with its progress and last error', params: idParams, response: { 200: JobOut } },
    handler: (request) => request.withTenant(async (ctx) => toJobOut(await readJob(ctx, request.params.id))),
  });

  r.post('/api/jobs/:id/retry', {
    config: { access: manage },
    schema: {
      tags,
      summary: 'Run a failed, dead or cancelled job again now, with a fresh budget of attempts',
      params: idParams,
      response: { 200: JobOut },
    },
    handler: (request) => request.withTenant(async (ctx) => toJobOut(await retryJob(ctx, request.params.id))),
  });

  r.post('/api/jobs/:id/cancel', {
    config: { access: manage },
    schema: {
      tags,
      summary: 'Cancel a waiting job, or ask a running one to stop',
      params: idParams,
      response: { 200: JobOut },
    },
    handler: (request) => request.withTenant(async (ctx) => toJobOut(await cancelJob(ctx, request.params.id))),
  });

  r.get('/api/job-schedules', {
    config: { access: manage },
    schema: {
      tags,
      summary: 'The company’s recurring jobs with their next and last run',
      response: { 200: z.object({ items: z.array(ScheduleOut) }) },
    },
    handler: (request) =>
      request.withTenant(async (ctx) => ({
        items: (await listSchedules(ctx)).map((s) => ({
          ...s,
          nextRunAt: iso(s.nextRunAt),
          lastRunAt: iso(s.lastRunAt),
        })),
      })),
  });
}
