import { eq } from 'drizzle-orm';
import { TooManyRequests } from '../../errors.ts';
import { announceVerifiedJoinRequests } from '../../tenancy/join-requests.ts';
import type { AuthDeps } from '../auth-deps.ts';
import { hashPassword } from '../credentials.ts';
import { attemptOneTimeCode, invalidCode, issueOneTimeCode } from '../one-time-codes.ts';
import { users } from '../schema.ts';
import { endAllSessions } from '../sessions.ts';
import { findUserByEmail } from '../users.ts';

/** Emails a reset code if the account exists; the answer is the same either way. */
export async function requestPasswordReset(deps: AuthDeps, email: string): Promise<void> {
  await deps.db
    .withPlatform(async ({ tx }) => {
      const user = await findUserByEmail(tx, email);
      if (user) await issueOneTimeCode(tx, deps.codeSecret, user, 'reset_password');
    })
    .catch((error) => {
      // Throttling would reveal that the account exists; the earlier code is still valid.
      if (!(error instanceof TooManyRequests)) throw error;
    });
}

/**
 * Sets a new password, ends every session, lifts the sign-in delay of the account (the emailed
 * code proves the owner) and counts as proof that the email is theirs. Every failure answers
 * alike; only a live code spends an attempt.
 */
export async function resetPassword(deps: AuthDeps, input: { email: string; code: string; newPassword: string }) {
  const passwordHash = await hashPassword(input.newPassword);
  const accepted = await deps.db.withPlatform(async (ctx) => {
    const user = await findUserByEmail(ctx.tx, input.email);
    if (!user) return false;
    const codeAccepted = await attemptOneTimeCode(ctx.tx, deps.codeSecret, user.id, 'reset_password', input.code);
    if (!codeAccepted) return false;
    await ctx.tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() })
      .where(eq(users.id, user.id));
    await endAllSessions(ctx, user.id, 'password_reset');
    if (!user.emailVerifiedAt) await announceVerifiedJoinRequests(ctx, user);
    return true;
  });
  if (!accepted) throw invalidCode();
  await deps.limits.forgetPasswordFailures({ account: input.email });
}
