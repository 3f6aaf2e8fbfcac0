import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { APP_ROLE, type Database, type Orm, type Tx } from '../../db/database.ts';
import { BadRequest, BusinessRuleViolation, Conflict } from '../errors.ts';
import { idempotencyKeys } from './schema.ts';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: IdempotentRequest | null;
  }
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** How long a business transaction waits for its answer to be serialized before giving up. */
const ANSWER_WAIT_MS = 10_000;

interface Answer {
  status: number;
  body: string;
}

function scopeOf(request: FastifyRequest): string {
  return `${request.auth?.userId ?? 'anonymous'}|${request.tenant?.tenantId ?? '-'}`;
}

function fingerprint(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('base64url');
}

class AnswerNotSent extends Error {}

/**
 * Reserves a key, or takes over a reservation that outlived the lease (its process died): an
 * answered key or a live reservation stays, and a concurrent reservation of the same key waits
 * for the other transaction to end.
 */
async function reserve(db: Tx | Orm, claim: IdempotentRequest, leaseSeconds: number): Promise<boolean> {
  const taken = await db
    .insert(idempotencyKeys)
    .values({ scope: claim.scope, key: claim.key, requestHash: claim.requestHash })
    .onConflictDoUpdate({
      target: [idempotencyKeys.scope, idempotencyKeys.key],
      set: { requestHash: claim.requestHash, createdAt: sql`now()` },
      where: sql`${idempotencyKeys.statusCode} is null and ${idempotencyKeys.createdAt} < now() - make_interval(secs => ${leaseSeconds})`,
    })
    .returning({ key: idempotencyKeys.key });
  return taken.length > 0;
}

/**
 * One POST carrying an `Idempotency-Key`. In a company's business transaction the key is
 * reserved by that transaction's first statement and answered by its last, so the key, the
 * work and the answer commit together or not at all.
 */
export class IdempotentRequest {
  /** The key was reserved in its own commit (routes that run no company transaction). */
  reservedAlone = false;
  /** Another request holds the key; its answer is not this request's to store. */
  taken = false;
  private business: { answer: (answer: Answer | null) => void; done: Promise<void>; worked: () => boolean } | null =
    null;

  constructor(
    readonly scope: string,
    readonly key: string,
    readonly requestHash: string,
    private readonly leaseSeconds: number,
  ) {}

  /**
   * Runs the request's business work in the transaction `open` starts, and keeps that
   * transaction open until the answer is known (`settle`): the work's result goes to the handler
   * at once, the commit waits for the serialized reply.
   */
  hold<C extends { tx: Tx }, T>(
    open: (inside: (ctx: C) => Promise<void>) => Promise<void>,
    work: (ctx: C) => Promise<T>,
  ): Promise<T> {
    if (this.business) throw new Error('A request with an Idempotency-Key runs its business work in one transaction');
    let sendAnswer: (answer: Answer | null) => void = () => {};
    const answered = new Promise<Answer | null>((resolve) => {
      sendAnswer = resolve;
    });
    let worked = false;
    return new Promise<T>((resolve, reject) => {
      const done = open(async (ctx) => {
        if (!(await asPlatform(ctx.tx, () => reserve(ctx.tx, this, this.leaseSeconds)))) {
          this.taken = true;
          throw new Conflict(
            'idempotency_key_in_progress',
            'A request with this Idempotency-Key was just answered; retry',
          );
        }
        const result = await work(ctx);
        worked = true;
        resolve(result);
        const answer = await withDeadline(answered, ANSWER_WAIT_MS);
        if (!answer) throw new AnswerNotSent('The answer was a server error or never sent; the work is rolled back');
        await asPlatform(ctx.tx, () =>
          ctx.tx
            .update(idempotencyKeys)
            .set({ statusCode: answer.status, responseBody: answer.body })
            .where(and(eq(idempotencyKeys.scope, this.scope), eq(idempotencyKeys.key, this.key))),
        );
      });
      this.business = { answer: sendAnswer, done, worked: () => worked };
      done.catch((error) => {
        if (!worked) reject(error);
      });
    });
  }

  /**
   * Hands the answer (null for a server error) to the waiting business transaction and waits
   * for its commit. Returns false when no business transaction finished its work, so the
   * answer is still to be stored; a failed commit throws, and the client gets that error.
   */
  async settle(answer: Answer | null): Promise<boolean> {
    const business = this.business;
    if (!business) return false;
    business.answer(answer);
    try {
      await business.done;
    } catch (error) {
      if (!business.worked()) return false;
      if (!(error instanceof AnswerNotSent && answer === null)) throw error;
    }
    return true;
  }
}

/** A company's transaction runs as the app role, which may not touch the platform's keys table. */
async function asPlatform<T>(tx: Tx, statement: () => Promise<T>): Promise<T> {
  await tx.execute(sql`select set_config('role', 'none', true)`);
  const result = await statement();
  await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
  return result;
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

function replayOrRefuse(
  reply: FastifyReply,
  earlier: typeof idempotencyKeys.$inferSelect | undefined,
  requestHash: string,
  leaseSeconds: number,
): FastifyReply | 'stale' | 'none' {
  if (!earlier) return 'none';
  const abandoned = earlier.statusCode === null && Date.now() - earlier.createdAt.getTime() > leaseSeconds * 1000;
  if (abandoned) return 'stale';
  if (earlier.requestHash !== requestHash) {
    throw new BusinessRuleViolation(
      'idempotency_key_reused',
      'This Idempotency-Key was used for a different request; use a new key for a new request',
    );
  }
  if (earlier.statusCode === null) {
    throw new Conflict('idempotency_key_in_progress', 'A request with this Idempotency-Key is still being processed');
  }
  return reply
    .code(earlier.statusCode)
    .header('content-type', 'application/json; charset=utf-8')
    .header('idempotent-replayed', 'true')
    .serializer((payload: unknown) => payload as string)
    .send(earlier.responseBody ?? '');
}

/**
 * A POST with an `Idempotency-Key` header is answered once, and a retry gets the stored answer.
 * Routes acting in a company reserve and answer the key inside their business transaction
 * (`IdempotentRequest.hold`): a crash before the commit leaves neither work nor key, so the
 * retry runs once; after it, the retry replays. Other routes (registration, join) reserve the
 * key in its own commit; a reservation older than `leaseSeconds` belongs to a process that died
 * and is taken over. Server errors keep nothing, so the client may retry. Install it before any
 * onSend hook that turns the payload into a stream (compression): the answer is stored as text.
 */
export function installIdempotency(app: FastifyInstance, db: Database, options: { leaseSeconds: number }): void {
  const { leaseSeconds } = options;
  app.decorateRequest('idempotency', null);

  const earlierAnswer = (claim: IdempotentRequest) =>
    db.orm
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key)))
      .then((rows) => rows[0]);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new BadRequest('invalid_idempotency_key', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
    }
    const claim = new IdempotentRequest(scopeOf(request), key, fingerprint(request), leaseSeconds);
    const earlier = replayOrRefuse(reply, await earlierAnswer(claim), claim.requestHash, leaseSeconds);
    if (earlier !== 'none' && earlier !== 'stale') return earlier;
    if (request.routeOptions.config.access?.kind !== 'tenant') {
      if (!(await reserve(db.orm, claim, leaseSeconds))) {
        const now = replayOrRefuse(reply, await earlierAnswer(claim), claim.requestHash, leaseSeconds);
        if (now === 'none' || now === 'stale') {
          throw new Conflict('idempotency_key_in_progress', 'A request with this Idempotency-Key just ended; retry');
        }
        return now;
      }
      claim.reservedAlone = true;
    }
    request.idempotency = claim;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = null;
    const body = typeof payload === 'string' ? payload : '';
    const answer = reply.statusCode < 500 ? { status: reply.statusCode, body } : null;
    if ((await claim.settle(answer)) || claim.taken) return payload;
    const where = and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key));
    if (!answer) {
      if (claim.reservedAlone) await db.orm.delete(idempotencyKeys).where(where);
    } else if (claim.reservedAlone) {
      await db.orm.update(idempotencyKeys).set({ statusCode: answer.status, responseBody: answer.body }).where(where);
    } else {
      // A refusal before or inside the business transaction, which rolled back: kept on its own.
      await db.orm
        .insert(idempotencyKeys)
        .values({
          scope: claim.scope,
          key: claim.key,
          requestHash: claim.requestHash,
          statusCode: answer.status,
          responseBody: answer.body,
        })
        .onConflictDoNothing();
    }
    return payload;
  });
}

/** Keys are kept for a day, long enough for any client's retries. */
export async function purgeExpiredIdempotencyKeys(db: Database): Promise<void> {
  await db.orm.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, sql`now() - interval '24 hours'`));
}
