import { Forbidden, Unauthorized } from '../../errors.ts';
import type { AuthDeps } from '../auth-deps.ts';
import { checkPassword, type PasswordAttempt } from '../password-check.ts';
import { startSession } from '../sessions.ts';
import { findUserByEmail, publicUser } from '../users.ts';

export class InvalidCredentials extends Unauthorized {
  constructor() {
    super('invalid_credentials', 'The email or password is not correct');
  }
}

/**
 * Checks the password under the sign-in limits and starts a session. Tells the caller whether
 * the client was already a known device of the account (its device cookie then stays).
 */
export async function logIn(deps: AuthDeps, input: PasswordAttempt, client: { userAgent?: string; ip?: string }) {
  const user = await findUserByEmail(deps.db.orm, input.email);
  const check = await checkPassword(deps, input, user);
  if (!user || !check.valid) throw new InvalidCredentials();
  if (!user.emailVerifiedAt) {
    throw new Forbidden('email_not_verified', 'Verify your email with the code we sent before logging in', {
      email: user.email,
    });
  }
  const tokens = await startSession(deps, user.id, client);
  return { tokens, user: publicUser(user), knownDevice: check.device !== undefined };
}
