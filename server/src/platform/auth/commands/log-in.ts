import { Forbidden, Unauthorized } from '../../errors.ts';
import type { AuthDeps } from '../auth-deps.ts';
import { decoyPasswordHash, verifyPassword } from '../credentials.ts';
import { startSession } from '../sessions.ts';
import { findUserByEmail, publicUser } from '../users.ts';

export class InvalidCredentials extends Unauthorized {
  constructor() {
    super('invalid_credentials', 'The email or password is not correct');
  }
}

export async function logIn(
  deps: AuthDeps,
  input: { email: string; password: string },
  client: { userAgent?: string; ip?: string },
) {
  const user = await findUserByEmail(deps.db.orm, input.email);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !valid) throw new InvalidCredentials();
  if (!user.emailVerifiedAt) {
    throw new Forbidden('email_not_verified', 'Verify your email with the code we sent before logging in', {
      email: user.email,
    });
  }
  const tokens = await startSession(deps, user.id, client);
  return { tokens, user: publicUser(user) };
}
