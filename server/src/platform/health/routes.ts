import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { access } from '../http/access.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { OutboxDispatcher } from '../outbox/dispatcher.ts';

const Check = z.object({ ok: z.boolean(), detail: z.string() });

/** `/health` checks the database and the job runner; `/ready` answers once start-up is done. */
export function registerHealthRoutes(
  app: FastifyInstance,
  deps: { db: Database; dispatcher: OutboxDispatcher; jobRunner: JobRunner; isReady: () => boolean },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const HealthOut = z.object({
    status: z.enum(['ok', 'degraded']),
    database: Check.extend({ kind: z.enum(['pglite', 'postgres']), latencyMs: z.number() }),
    jobs: Check.extend({ overdue: z.number().int(), failed: z.number().int() }),
    backgroundJobs: Check.extend({
      lastPollAt: z.string().nullable(),
      overdue: z.number().int().describe('Jobs due for more than five minutes'),
      dead: z.number().int(),
    }),
  });

  r.get('/health', {
    config: { access: access.public },
    schema: {
      tags: ['Operations'],
      summary: 'Health of the database and the job runner',
      response: { 200: HealthOut, 503: HealthOut },
    },
    handler: async (_request, reply) => {
      const started = performance.now();
      // Not through the request pool: /health answers while the pool is exhausted or a lock stalls it.
      const database = await deps.db
        .probe(sql`select 1`)
        .then(() => ({ ok: true, detail: 'reachable' }))
        .catch((error: Error) => ({ ok: false, detail: error.message }));
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      const runnerUnreachable = { ok: false, detail: 'database unreachable', lastPollAt: null, overdue: 0, dead: 0 };
      const unreachable = { ok: false, detail: 'database unreachable', overdue: 0, failed: 0 };
      const jobs = database.ok
        ? await deps.dispatcher.status().then(
            (s) => ({
              ok: s.running && s.due === 0,
              detail: s.running ? (s.due === 0 ? 'delivering' : `${s.due} events overdue`) : 'not running',
              overdue: s.due,
              failed: s.failed,
            }),
            () => unreachable,
          )
        : unreachable;
      const backgroundJobs = database.ok
        ? await deps.jobRunner.status().then(
            (s) => ({
              ok: s.running && s.queued === 0,
              detail: s.running ? (s.queued === 0 ? 'running' : `${s.queued} jobs overdue`) : 'not running',
              lastPollAt: s.lastRunAt,
              overdue: s.queued,
              dead: s.dead,
            }),
            () => runnerUnreachable,
          )
        : runnerUnreachable;
      const healthy = database.ok && jobs.ok && backgroundJobs.ok;
      return reply.code(healthy ? 200 : 503).send({
        status: healthy ? 'ok' : 'degraded',
        database: { ...database, kind: deps.db.kind, latencyMs },
        jobs,
        backgroundJobs,
      });
    },
  });

  r.get('/ready', {
    config: { access: access.public },
    schema: {
      tags: ['Operations'],
      summary: 'Ready to take traffic: migrations applied and start-up finished',
      response: { 200: z.object({ ready: z.literal(true) }), 503: z.object({ ready: z.literal(false) }) },
    },
    handler: async (_request, reply) =>
      deps.isReady() ? reply.send({ ready: true as const }) : reply.code(503).send({ ready: false as const }),
  });
}
