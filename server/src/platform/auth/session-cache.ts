import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../../db/database.ts';
import type { RequestAuth } from '../http/access.ts';

const MAX_AGE_MS = 30_000;
const MAX_ENTRIES = 20_000;

/**
 * The session and memberships behind an access token, cached per process so a request does not
 * pay a database round trip for them. Any change to a user's sessions or memberships evicts the
 * user here at commit and, through NOTIFY, in every other instance; the age limit covers a
 * notification lost while a listener reconnects. Session and user ids are unique UUIDs, so one
 * cache can serve every app in the process.
 */
class SessionCache {
  private readonly entries = new Map<string, { auth: RequestAuth; expires: number }>();

  get(sessionId: string): RequestAuth | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.expires < Date.now()) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry.auth;
  }

  set(auth: RequestAuth): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(auth.sessionId, { auth, expires: Date.now() + MAX_AGE_MS });
  }

  evictUser(userId: string): void {
    for (const [sessionId, entry] of this.entries) if (entry.auth.userId === userId) this.entries.delete(sessionId);
  }
}

export const sessionCache = new SessionCache();

const CHANNEL = 'access_changed';

const accessChangeListeners = new Set<(userId: string) => void>();

/** Calls `listener` with the user whose sessions or memberships changed, in this or another instance. */
export function onAccessChange(listener: (userId: string) => void): () => void {
  accessChangeListeners.add(listener);
  return () => accessChangeListeners.delete(listener);
}

function accessChanged(userId: string): void {
  sessionCache.evictUser(userId);
  for (const listener of accessChangeListeners) listener(userId);
}

/** Call in the transaction that changes a user's sessions or memberships. */
export async function announceAccessChange(
  ctx: { tx: Tx; afterCommit(callback: () => void): void },
  userId: string,
): Promise<void> {
  await ctx.tx.execute(sql`select pg_notify(${CHANNEL}, ${userId})`);
  ctx.afterCommit(() => accessChanged(userId));
}

export function listenForAccessChanges(db: Database): Promise<void> {
  return db.listen(CHANNEL, accessChanged);
}
