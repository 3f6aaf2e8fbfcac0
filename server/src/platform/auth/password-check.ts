import { decoyPasswordHash, verifyPassword } from './credentials.ts';
import { knownDevice } from './known-devices.ts';
import type { AuthRateLimits, PasswordAttemptKey } from './rate-limits.ts';
import type { UserRecord } from './users.ts';

export interface PasswordCheckDeps {
  limits: AuthRateLimits;
  /** Key of the HMAC over device cookies. */
  deviceSecret: string;
}

export interface PasswordAttempt {
  email: string;
  password: string;
  /** The request's cookies, where a known device's cookie may be. */
  cookies: Record<string, string | undefined>;
}

/**
 * Every endpoint that checks a password does it here, so all of them count against the same
 * limit: per account for unknown clients (keyed by the email, whether or not an account has
 * it, so the limit reveals nothing), per device for a device the account signed in from.
 * Returns the known device, if any, when the password is right.
 */
export async function checkPassword(
  deps: PasswordCheckDeps,
  attempt: PasswordAttempt,
  user: UserRecord | undefined,
): Promise<{ valid: false } | { valid: true; device: string | undefined }> {
  const device = user ? knownDevice(deps.deviceSecret, user.id, attempt.cookies) : undefined;
  const key: PasswordAttemptKey = device ? { device } : { account: attempt.email };
  await deps.limits.beginPasswordAttempt(key);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), attempt.password);
  if (!user || !valid) return { valid: false };
  await deps.limits.forgetPasswordFailures(key);
  return { valid: true, device };
}
