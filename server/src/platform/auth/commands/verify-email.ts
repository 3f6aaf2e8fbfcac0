import { eq } from 'drizzle-orm';
import { BadRequest, Conflict, TooManyRequests } from '../../errors.ts';
import type { AuthDeps } from '../auth-deps.ts';
import { attemptOneTimeCode, type CodeAttempt, codeAttemptError, issueOneTimeCode } from '../one-time-codes.ts';
import { users } from '../schema.ts';
import { findUserByEmail } from '../users.ts';

export async function verifyEmail(deps: AuthDeps, input: { email: string; code: string }): Promise<void> {
  const attempt = await deps.db.withPlatform(async ({ tx }): Promise<CodeAttempt | 'unknown' | 'verified'> => {
    const user = await findUserByEmail(tx, input.email);
    if (!user) return 'unknown';
    if (user.emailVerifiedAt) return 'verified';
    const result = await attemptOneTimeCode(tx, deps.codeSecret, user.id, 'verify_email', input.code);
    if (result.outcome === 'accepted') {
      await tx.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, user.id));
    }
    return result;
  });
  if (attempt === 'unknown') throw new BadRequest('invalid_code', 'The code is not correct');
  if (attempt === 'verified') throw new Conflict('already_verified', 'This email is already verified; log in');
  if (attempt.outcome !== 'accepted') throw codeAttemptError(attempt);
}

/** Sends a new verification code; says nothing about whether the account exists. */
export async function resendVerificationCode(deps: AuthDeps, email: string): Promise<void> {
  await deps.db
    .withPlatform(async ({ tx }) => {
      const user = await findUserByEmail(tx, email);
      if (user && !user.emailVerifiedAt) await issueOneTimeCode(tx, deps.codeSecret, user, 'verify_email');
    })
    .catch((error) => {
      // The per-address limit answers before this; another instance's code is still valid.
      if (!(error instanceof TooManyRequests)) throw error;
    });
}
