import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryOne } from '../../db/database.ts';
import { TooManyRequests } from '../errors.ts';

/** The sign-in limits; every count lives in `auth_throttles`, shared by all instances. */
export interface AuthRateLimits {
  /** Counts every call to a sign-in or code endpoint from the client's address. */
  perIp(ip: string): Promise<void>;
  /**
   * One emailed code a minute per address, answered the same whether or not an account exists,
   * so the endpoint cannot be used to find out which emails are registered.
   */
  perEmailCode(email: string): Promise<void>;
  /**
   * Counts one password attempt before the password is compared, so parallel guesses cannot
   * slip past the limit; refuses while the key waits out its delay.
   */
  beginPasswordAttempt(key: PasswordAttemptKey): Promise<void>;
  /** A correct password: the key's failures are forgotten. */
  forgetPasswordFailures(key: PasswordAttemptKey): Promise<void>;
  /**
   * Whether a courtesy email about `topic` (someone used this address to register or join) may
   * go out now: one an hour per address, skipped silently, so nobody can flood an inbox.
   */
  mayEmailAbout(topic: string, email: string): Promise<boolean>;
  /** Housekeeping: deletes counters that no longer count. */
  purgeExpired(): Promise<void>;
}

export interface AccountThrottling {
  perIp: number;
  perAccount: number;
}

/** Failures of one account from unknown clients, or of one known device of that account. */
export type PasswordAttemptKey = { account: string } | { device: string };

/** Emails are hashed: the table keeps no list of the addresses people tried. */
const emailKey = (email: string) => createHash('sha256').update(email.toLowerCase()).digest('base64url');

const keyOf = (key: PasswordAttemptKey) =>
  'account' in key ? `account:${emailKey(key.account)}` : `device:${key.device}`;

/** After the free failures, each further one waits twice as long as the last: 1, 2, 4 … 60 minutes. */
export const FIRST_DELAY_SECONDS = 60;
export const LONGEST_DELAY_SECONDS = 3600;
/** Failures are forgotten a day after the last one. */
const FAILURE_MEMORY_SECONDS = 86_400;

async function countInWindow(db: Database, key: string, windowSeconds: number) {
  const expired = sql`auth_throttles.expires_at <= now()`;
  const row = await queryOne<{ hits: number; retry_after: number }>(
    db.orm,
    sql`insert into auth_throttles (key, hits, expires_at)
        values (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
        on conflict (key) do update set
          hits = case when ${expired} then 1 else auth_throttles.hits + 1 end,
          expires_at = case when ${expired} then excluded.expires_at else auth_throttles.expires_at end
        returning hits, greatest(1, ceil(extract(epoch from expires_at - now())))::int as retry_after`,
  );
  return row!;
}

function delayAfter(hits: SQL, free: number): SQL {
  return sql`case when ${hits} >= ${free}
    then now() + make_interval(secs => least(${FIRST_DELAY_SECONDS} * power(2, ${hits} - ${free}), ${LONGEST_DELAY_SECONDS}))
    end`;
}

export function createAuthRateLimits(db: Database, limits: AccountThrottling): AuthRateLimits {
  return {
    async perIp(ip) {
      const { hits, retry_after } = await countInWindow(db, `ip:${ip}`, 60);
      if (hits > limits.perIp) {
        throw new TooManyRequests('Too many attempts from your address; wait a minute and try again', retry_after);
      }
    },
    async perEmailCode(email) {
      const { hits, retry_after } = await countInWindow(db, `code:${emailKey(email)}`, 60);
      if (hits > 1) {
        throw new TooManyRequests(
          `A code was sent moments ago; you can ask for another in ${retry_after} seconds`,
          retry_after,
        );
      }
    },
    async mayEmailAbout(topic, email) {
      const { hits } = await countInWindow(db, `mail:${topic}:${emailKey(email)}`, 3600);
      return hits === 1;
    },
    async beginPasswordAttempt(attempt) {
      const key = keyOf(attempt);
      const hits = sql`(case when auth_throttles.expires_at <= now() then 1 else auth_throttles.hits + 1 end)`;
      const blockedUntil = delayAfter(hits, limits.perAccount);
      const counted = await queryOne<{ hits: number }>(
        db.orm,
        sql`insert into auth_throttles (key, hits, blocked_until, expires_at)
            values (${key}, 1, ${delayAfter(sql`1`, limits.perAccount)},
                    now() + make_interval(secs => ${FAILURE_MEMORY_SECONDS}))
            on conflict (key) do update set
              hits = ${hits},
              blocked_until = ${blockedUntil},
              expires_at = greatest(now() + make_interval(secs => ${FAILURE_MEMORY_SECONDS}), ${blockedUntil})
            where auth_throttles.blocked_until is null or auth_throttles.blocked_until <= now()
            returning hits`,
      );
      if (counted) return;
      const waiting = await queryOne<{ wait: number }>(
        db.orm,
        sql`select greatest(1, ceil(extract(epoch from blocked_until - now())))::int as wait
            from auth_throttles where key = ${key}`,
      );
      const wait = waiting?.wait ?? 1;
      throw new TooManyRequests(
        `Too many failed sign-in attempts for this account; try again in ${wait < 120 ? `${wait} seconds` : `${Math.ceil(wait / 60)} minutes`}, sign in from a device you used before, or reset your password`,
        wait,
      );
    },
    async forgetPasswordFailures(attempt) {
      await db.orm.execute(sql`delete from auth_throttles where key = ${keyOf(attempt)}`);
    },
    async purgeExpired() {
      await db.orm.execute(
        sql`delete from auth_throttles where expires_at <= now() and (blocked_until is null or blocked_until <= now())`,
      );
    },
  };
}
