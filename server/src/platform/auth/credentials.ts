import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { Unauthorized } from '../errors.ts';

/** @node-rs/argon2 defaults to argon2id (m = 19 MiB, t = 2, p = 1), the OWASP baseline. */
export const hashPassword = (password: string): Promise<string> => hash(password);

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false);

/** Verified against when the email is unknown, so response time does not reveal accounts. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return decoyHash;
}

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

/**
 * Short-lived JWT access tokens signed with HS256; the session is checked on every request.
 * A token that verified once is remembered until it expires: a client sends the same token
 * with every request, and the signature cannot change.
 */
export class AccessTokens {
  private readonly key: Uint8Array;
  private readonly verified = new Map<string, { claims: AccessClaims; expiresAtMs: number }>();

  constructor(
    secret: string,
    readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  issue(claims: AccessClaims): Promise<string> {
    return new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .setAudience('mini-erp')
      .sign(this.key);
  }

  async verify(token: string): Promise<AccessClaims> {
    const known = this.verified.get(token);
    if (known && known.expiresAtMs > Date.now()) return known.claims;
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], audience: 'mini-erp' });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') throw new Error('claims');
      const claims = { userId: payload.sub, sessionId: payload.sid };
      if (this.verified.size >= 20_000) this.verified.clear();
      this.verified.set(token, { claims, expiresAtMs: (payload.exp ?? 0) * 1000 });
      return claims;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        throw new Unauthorized('token_expired', 'The access token has expired; refresh it');
      }
      throw new Unauthorized('invalid_token', 'The access token is not valid; log in again');
    }
  }
}

/** Refresh tokens are random; only their SHA-256 is stored. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export const hashRefreshToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** Six digits, uniformly random. */
export const newOneTimeCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** Keyed hash: a leaked table of code hashes cannot be brute-forced without the server secret. */
export function hashOneTimeCode(secret: string, userId: string, purpose: string, code: string): string {
  return createHmac('sha256', secret).update(`${userId}:${purpose}:${code}`).digest('base64url');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export const newSecret = (): string => randomBytes(48).toString('base64url');
