import { eq } from 'drizzle-orm';
import { TooManyRequests } from '../../errors.ts';
import type { AuthDeps } from '../auth-deps.ts';
import { hashPassword } from '../credentials.ts';
import { attemptOneTimeCode, type CodeAttempt, codeAttemptError, issueOneTimeCode } from '../one-time-codes.ts';
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

/** Sets a new password, ends every session, and counts as proof that the email is theirs. */
export async function resetPassword(deps: AuthDeps, input: { email: string; code: string; newPassword: string }) {
  const passwordHash = await hashPassword(input.newPassword);
  const attempt = await deps.db.withPlatform(async (ctx): Promise<CodeAttempt> => {
    const { tx } = ctx;
    const user = await findUserByEmail(tx, input.email);
    if (!user) return { outcome: 'expired' };
    const result = await attemptOneTimeCode(tx, deps.codeSecret, user.id, 'reset_password', input.code);
    if (result.outcome === 'accepted') {
      await tx
        .update(users)
        .set({ passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() })
        .where(eq(users.id, user.id));
      await endAllSessions(ctx, user.id, 'password_reset');
    }
    return result;
  });
  if (attempt.outcome !== 'accepted') throw codeAttemptError(attempt);
}
