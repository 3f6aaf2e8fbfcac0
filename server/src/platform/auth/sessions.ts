import { sql } from 'drizzle-orm';
import { newId } from '../../db/columns.ts';
import { type Database, type PlatformContext, queryOne, type Tx } from '../../db/database.ts';
import { Unauthorized } from '../errors.ts';
import { type AccessTokens, hashRefreshToken, newRefreshToken } from './credentials.ts';
import { announceAccessChange } from './session-cache.ts';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export interface SessionDeps {
  db: Database;
  tokens: AccessTokens;
  refreshTokenTtlDays: number;
}

async function addRefreshToken(tx: Tx, sessionId: string, ttlDays: number): Promise<string> {
  const { token, hash } = newRefreshToken();
  await tx.execute(
    sql`insert into refresh_tokens (id, session_id, token_hash, expires_at)
        values (uuid_v7(), ${sessionId}, ${hash}, now() + make_interval(days => ${ttlDays}))`,
  );
  return token;
}

export async function startSession(
  deps: SessionDeps,
  userId: string,
  client: { userAgent?: string; ip?: string },
): Promise<IssuedTokens> {
  const sessionId = newId();
  const refreshToken = await deps.db.withPlatform(async ({ tx }) => {
    await tx.execute(
      sql`insert into sessions (id, user_id, user_agent, ip)
          values (${sessionId}, ${userId}, ${client.userAgent?.slice(0, 500) ?? null}, ${client.ip ?? null})`,
    );
    return addRefreshToken(tx, sessionId, deps.refreshTokenTtlDays);
  });
  const accessToken = await deps.tokens.issue({ userId, sessionId });
  return { accessToken, refreshToken, expiresIn: deps.tokens.ttlSeconds };
}

type RefreshOutcome =
  | { outcome: 'rotated'; userId: string; sessionId: string; refreshToken: string }
  | { outcome: 'reused' | 'ended' | 'expired' | 'unknown' };

/**
 * How long after its use a refresh token may be presented again as the same client asking twice.
 * A reload pressed while the app was refreshing drops the answer that set the new cookie, so the
 * browser sends the old token again a moment later; that must not end the session.
 */
const lostAnswerGraceSeconds = 30;

/**
 * Rotation: each refresh token works once. Presenting a used one means it was copied, so the
 * whole session (the token family) is revoked; the revocation commits before the 401 is sent.
 * The exception is a lost answer: the token was used within the grace period and no token issued
 * after it has been used since. Then the unused successors are retired (marked used at the
 * moment this token was, so asking a third time still counts as the same request) and a new one
 * is issued. A thief who replays it then has the only live token until the owner's next refresh,
 * which presents a retired token and ends the session.
 */
export async function refreshSession(deps: SessionDeps, presented: string): Promise<IssuedTokens> {
  const result = await deps.db.withPlatform(async (ctx): Promise<RefreshOutcome> => {
    const { tx } = ctx;
    const token = await queryOne<{
      id: string;
      session_id: string;
      user_id: string;
      used: boolean;
      answer_lost: boolean;
      expired: boolean;
      revoked: boolean;
    }>(
      tx,
      sql`select rt.id, rt.session_id, s.user_id, rt.used_at is not null as used,
                 rt.used_at > now() - make_interval(secs => ${lostAnswerGraceSeconds})
                   and not exists (select 1 from refresh_tokens later
                                   where later.session_id = rt.session_id and later.used_at > rt.used_at)
                   as answer_lost,
                 rt.expires_at <= now() as expired, s.revoked_at is not null as revoked
          from refresh_tokens rt join sessions s on s.id = rt.session_id
          where rt.token_hash = ${hashRefreshToken(presented)}
          for update of rt`,
    );
    if (!token) return { outcome: 'unknown' };
    if (token.revoked) return { outcome: 'ended' };
    if (token.used && token.answer_lost) {
      await tx.execute(
        sql`update refresh_tokens set used_at = (select used_at from refresh_tokens where id = ${token.id})
            where session_id = ${token.session_id} and used_at is null`,
      );
    } else if (token.used) {
      await revokeSessionIn(ctx, token.session_id, 'refresh_token_reuse');
      return { outcome: 'reused' };
    } else if (token.expired) {
      return { outcome: 'expired' };
    } else {
      await tx.execute(sql`update refresh_tokens set used_at = now() where id = ${token.id}`);
    }
    const refreshToken = await addRefreshToken(tx, token.session_id, deps.refreshTokenTtlDays);
    return { outcome: 'rotated', userId: token.user_id, sessionId: token.session_id, refreshToken };
  });
  switch (result.outcome) {
    case 'rotated': {
      const accessToken = await deps.tokens.issue({ userId: result.userId, sessionId: result.sessionId });
      return { accessToken, refreshToken: result.refreshToken, expiresIn: deps.tokens.ttlSeconds };
    }
    case 'reused':
      throw new Unauthorized(
        'refresh_token_reused',
        'This refresh token was already used; the session has been ended for safety. Log in again',
      );
    case 'ended':
      throw new Unauthorized('session_ended', 'Your session has ended; log in again');
    case 'expired':
      throw new Unauthorized('refresh_token_expired', 'Your session has expired; log in again');
    case 'unknown':
      throw new Unauthorized('invalid_refresh_token', 'The refresh token is not valid; log in again');
  }
}

async function revokeSessionIn(ctx: PlatformContext, sessionId: string, reason: string): Promise<void> {
  const revoked = await queryOne<{ user_id: string }>(
    ctx.tx,
    sql`update sessions set revoked_at = now(), revoked_reason = ${reason}
        where id = ${sessionId} and revoked_at is null returning user_id`,
  );
  if (revoked) await announceAccessChange(ctx, revoked.user_id);
}

export async function endSession(db: Database, by: { sessionId?: string; refreshToken?: string }): Promise<void> {
  await db.withPlatform(async (ctx) => {
    const { tx } = ctx;
    const sessionId =
      by.sessionId ??
      (by.refreshToken
        ? (
            await queryOne<{ session_id: string }>(
              tx,
              sql`select session_id from refresh_tokens where token_hash = ${hashRefreshToken(by.refreshToken)}`,
            )
          )?.session_id
        : undefined);
    if (sessionId) await revokeSessionIn(ctx, sessionId, 'logout');
  });
}

export async function endAllSessions(ctx: PlatformContext, userId: string, reason: string): Promise<void> {
  await ctx.tx.execute(
    sql`update sessions set revoked_at = now(), revoked_reason = ${reason} where user_id = ${userId} and revoked_at is null`,
  );
  await announceAccessChange(ctx, userId);
}
