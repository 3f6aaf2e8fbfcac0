import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../../db/database.ts';
import { BadRequest, BusinessRuleViolation, Conflict } from '../errors.ts';
import { idempotencyKeys } from './schema.ts';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { scope: string; key: string } | null;
  }
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

function scopeOf(request: FastifyRequest): string {
  return `${request.auth?.userId ?? 'anonymous'}|${request.tenant?.tenantId ?? '-'}`;
}

function fingerprint(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('base64url');
}

/**
 * A POST with an `Idempotency-Key` header is answered once: the key is reserved before the
 * handler runs (a concurrent duplicate gets 409), the answer is stored after, and a retry gets
 * the stored answer. Server errors release the key so the client may retry. If the process dies
 * between the business commit and storing the answer, the key stays reserved and retries get
 * 409 rather than a second document.
 */
export function installIdempotency(app: FastifyInstance, db: Database): void {
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new BadRequest('invalid_idempotency_key', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
    }
    const scope = scopeOf(request);
    const requestHash = fingerprint(request);
    const reserved = await db.orm
      .insert(idempotencyKeys)
      .values({ scope, key, requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (reserved.length > 0) {
      request.idempotency = { scope, key };
      return;
    }
    const [earlier] = await db.orm
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
    if (!earlier)
      throw new Conflict('idempotency_key_in_progress', 'A request with this Idempotency-Key just ended; retry');
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
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = null;
    const where = and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key));
    if (reply.statusCode >= 500) {
      await db.orm.delete(idempotencyKeys).where(where);
    } else {
      await db.orm
        .update(idempotencyKeys)
        .set({ statusCode: reply.statusCode, responseBody: typeof payload === 'string' ? payload : '' })
        .where(where);
    }
    return payload;
  });
}

/** Keys are kept for a day, long enough for any client's retries. */
export async function purgeExpiredIdempotencyKeys(db: Database): Promise<void> {
  await db.orm.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, sql`now() - interval '24 hours'`));
}
