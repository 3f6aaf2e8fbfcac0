import { eq } from 'drizzle-orm';
import { TooManyRequests } from '../../errors.ts';
import { announceVerifiedJoinRequests } from '../../tenancy/join-requests.ts';
import type { AuthDeps } from '../auth-deps.ts';
import { attemptOneTimeCode, invalidCode, issueOneTimeCode } from '../one-time-codes.ts';
import { users } from '../schema.ts';
import { findUserByEmail } from '../users.ts';

/**
 * Verifies the email with its code; the owners and admins of the companies the person asked to
 * join hear of the request now. Every failure answers alike (see `invalidCode`); an account
 * that is unknown or already verified spends no attempt.
 */
export async function verifyEmail(deps: AuthDeps, input: { email: string; code: string }): Promise<void> {
  const accepted = await deps.db.withPlatform(async (ctx) => {
    const user = await findUserByEmail(ctx.tx, input.email);
    if (!user || user.emailVerifiedAt) return false;
    const codeAccepted = await attemptOneTimeCode(ctx.tx, deps.codeSecret, user.id, 'verify_email', input.code);
    if (!codeAccepted) return false;
    await ctx.tx.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, user.id));
    await announceVerifiedJoinRequests(ctx, user);
    return true;
  });
  if (!accepted) throw invalidCode();
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
