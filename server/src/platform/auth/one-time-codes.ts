import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type Tx } from '../../db/database.ts';
import { BadRequest, TooManyRequests } from '../errors.ts';
import { enqueue } from '../outbox/outbox.ts';
import { hashOneTimeCode, newOneTimeCode, sameHash } from './credentials.ts';
import type { CodePurpose } from './schema.ts';

export const CODE_TTL_MINUTES = 10;
export const CODE_MAX_ATTEMPTS = 5;
const RESEND_INTERVAL_SECONDS = 60;
const MAX_CODES_PER_HOUR = 5;

const subjects: Record<CodePurpose, string> = {
  verify_email: 'Your Mini ERP verification code',
  reset_password: 'Your Mini ERP password reset code',
};

export interface CodeRecipient {
  id: string;
  email: string;
  name: string;
}

/**
 * Issues a fresh code (earlier ones stop working) and queues the email in the same
 * transaction. Throttled: one code a minute and five an hour per user and purpose.
 */
export async function issueOneTimeCode(
  tx: Tx,
  secret: string,
  user: CodeRecipient,
  purpose: CodePurpose,
): Promise<void> {
  const recent = await queryOne<{ last_age: number | null; in_last_hour: number }>(
    tx,
    sql`select extract(epoch from now() - max(created_at))::float8 as last_age,
               count(*)::int as in_last_hour
        from one_time_codes
        where user_id = ${user.id} and purpose = ${purpose} and created_at > now() - interval '1 hour'`,
  );
  if (recent && recent.last_age !== null && recent.last_age < RESEND_INTERVAL_SECONDS) {
    const wait = Math.ceil(RESEND_INTERVAL_SECONDS - recent.last_age);
    throw new TooManyRequests(`A code was sent moments ago; you can ask for another in ${wait} seconds`, wait);
  }
  if (recent && recent.in_last_hour >= MAX_CODES_PER_HOUR) {
    throw new TooManyRequests('Too many codes requested; try again in an hour', 3600);
  }
  await tx.execute(
    sql`update one_time_codes set consumed_at = now()
        where user_id = ${user.id} and purpose = ${purpose} and consumed_at is null`,
  );
  const code = newOneTimeCode();
  await tx.execute(
    sql`insert into one_time_codes (id, user_id, purpose, code_hash, expires_at)
        values (uuid_v7(), ${user.id}, ${purpose}, ${hashOneTimeCode(secret, user.id, purpose, code)},
                now() + make_interval(mins => ${CODE_TTL_MINUTES}))`,
  );
  const intro = purpose === 'verify_email' ? 'verify your email address' : 'reset your password';
  await enqueue(tx, null, {
    topic: 'mail.send',
    payload: {
      to: user.email,
      subject: subjects[purpose],
      text: `Hello ${user.name}, your code to ${intro} is ${code}. It expires in ${CODE_TTL_MINUTES} minutes.`,
    },
  });
}

/**
 * Spends one attempt on the user's current code and tells whether it was accepted; a code that
 * is missing, expired or used up spends nothing. The attempt counter is raised atomically
 * before the comparison, so parallel guesses cannot exceed five. The caller commits the
 * transaction whatever the outcome and only then reports a failure (see `invalidCode`).
 */
export async function attemptOneTimeCode(
  tx: Tx,
  secret: string,
  userId: string,
  purpose: CodePurpose,
  code: string,
): Promise<boolean> {
  const [current] = await queryRows<{ id: string; expired: boolean }>(
    tx,
    sql`select id, expires_at <= now() as expired
        from one_time_codes
        where user_id = ${userId} and purpose = ${purpose} and consumed_at is null
        order by created_at desc limit 1`,
  );
  if (!current || current.expired) return false;
  const spent = await queryOne<{ code_hash: string }>(
    tx,
    sql`update one_time_codes set attempts = attempts + 1
        where id = ${current.id} and attempts < ${CODE_MAX_ATTEMPTS} and consumed_at is null
        returning code_hash`,
  );
  if (!spent) return false;
  if (!sameHash(spent.code_hash, hashOneTimeCode(secret, userId, purpose, code))) return false;
  const consumed = await queryOne<{ id: string }>(
    tx,
    sql`update one_time_codes set consumed_at = now() where id = ${current.id} and consumed_at is null returning id`,
  );
  return consumed !== undefined;
}

/**
 * The one answer to every code that did not work: wrong, used up, expired, for an account that is
 * already verified or for no account at all. Telling these apart would tell a stranger which
 * emails have accounts.
 */
export function invalidCode(): BadRequest {
  return new BadRequest(
    'invalid_code',
    'The code is not correct or no longer valid; check the newest email, or ask for a new code',
  );
}
