import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { type Database, queryRows } from '../../db/database.ts';
import { backoffSeconds, PollLoop } from '../background/poll-loop.ts';

export interface OutboxHandler {
  handle(payload: Record<string, unknown>, tenantId: string | null): Promise<void>;
  /** Payload keys erased once delivered, e.g. the text of an email carrying a one-time code. */
  redactAfterDelivery?: string[];
}

interface ClaimedEvent {
  id: string;
  tenant_id: string | null;
  topic: string;
  payload: Record<string, unknown>;
  attempts: number;
}

const MAX_ATTEMPTS = 10;
const BATCH = 20;

/**
 * Delivers outbox events at least once. Rows are claimed with SKIP LOCKED and a lease, so
 * several app instances can run dispatchers side by side; a crash leaves the lease to expire.
 */
export class OutboxDispatcher {
  private readonly loop: PollLoop;

  constructor(
    private readonly db: Database,
    private readonly handlers: Record<string, OutboxHandler>,
    private readonly log: FastifyBaseLogger,
    pollMs = 2000,
  ) {
    this.loop = new PollLoop(() => this.drain(), log, 'outbox dispatch', pollMs);
  }

  async start(): Promise<void> {
    await this.db.listen('outbox', () => this.nudge());
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  nudge(): void {
    this.loop.nudge();
  }

  /** Delivers everything due now. */
  async drain(): Promise<void> {
    for (;;) {
      const batch = await this.claim();
      if (batch.length === 0) return;
      for (const event of batch) await this.deliver(event);
    }
  }

  async status(): Promise<{ running: boolean; lastRunAt: string | null; due: number; failed: number }> {
    // Asked by /health, so it must not wait for the request pool.
    const [counts] = await this.db.probe<{ due: number; failed: number }>(
      sql`select count(*) filter (where dispatched_at is null and failed_at is null and available_at <= now() - interval '1 minute')::int as due,
                 count(*) filter (where failed_at is not null)::int as failed
          from outbox`,
    );
    return {
      running: this.loop.started,
      lastRunAt: this.loop.lastRunAt?.toISOString() ?? null,
      due: counts?.due ?? 0,
      failed: counts?.failed ?? 0,
    };
  }

  private claim(): Promise<ClaimedEvent[]> {
    return queryRows<ClaimedEvent>(
      this.db.orm,
      sql`update outbox set attempts = attempts + 1, available_at = now() + interval '1 minute'
          where id in (
            select id from outbox
            where dispatched_at is null and failed_at is null and available_at <= now()
            order by available_at limit ${BATCH}
            for update skip locked)
          returning id, tenant_id, topic, payload, attempts`,
    );
  }

  private async deliver(event: ClaimedEvent): Promise<void> {
    const handler = this.handlers[event.topic];
    try {
      if (!handler) throw new Error(`No handler for topic ${event.topic}`);
      await handler.handle(event.payload, event.tenant_id);
      const redact = handler.redactAfterDelivery ?? [];
      await this.db.orm.execute(
        sql`update outbox set dispatched_at = now(), last_error = null,
              payload = payload - ${sql.param(redact)}::text[]
            where id = ${event.id}`,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = !handler || event.attempts >= MAX_ATTEMPTS;
      this.log.warn(
        { outboxId: event.id, topic: event.topic, attempts: event.attempts, err: error },
        'outbox delivery failed',
      );
      await this.db.orm.execute(
        sql`update outbox set last_error = ${message.slice(0, 1000)},
              available_at = now() + make_interval(secs => ${backoffSeconds(event.attempts)}),
              failed_at = ${giveUp ? sql`now()` : sql`null`}
            where id = ${event.id}`,
      );
    }
  }
}
