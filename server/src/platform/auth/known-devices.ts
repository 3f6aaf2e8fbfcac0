import { createHmac, randomBytes } from 'node:crypto';
import { sameHash } from './credentials.ts';

/**
 * A browser where the account signed in before carries a signed device cookie (OWASP "device
 * cookies"). Its password attempts count against that device alone, so a stranger's failures
 * never stop the owner from signing in from it, and a stolen cookie buys only its own few tries.
 * One cookie per account, so several people may share a browser.
 */
export const DEVICE_COOKIE_PREFIX = 'erp_device_';
export const DEVICE_COOKIE_DAYS = 365;

const sign = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('base64url');

export function deviceCookieName(secret: string, userId: string): string {
  return `${DEVICE_COOKIE_PREFIX}${sign(secret, `name:${userId}`).slice(0, 16)}`;
}

export function newDeviceCookieValue(secret: string, userId: string): string {
  const deviceId = randomBytes(16).toString('base64url');
  return `${deviceId}.${sign(secret, `device:${userId}:${deviceId}`)}`;
}

/** The device id if the client presents a genuine cookie of this account. */
export function knownDevice(
  secret: string,
  userId: string,
  cookies: Record<string, string | undefined>,
): string | undefined {
  const [deviceId, signature, ...rest] = (cookies[deviceCookieName(secret, userId)] ?? '').split('.');
  if (!deviceId || !signature || rest.length > 0) return undefined;
  return sameHash(signature, sign(secret, `device:${userId}:${deviceId}`)) ? deviceId : undefined;
}
