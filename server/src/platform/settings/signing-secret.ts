import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { newSecret } from '../auth/credentials.ts';
import { instanceSettings } from './schema.ts';

/**
 * The server secret: `JWT_SECRET` when set, otherwise one generated on first start and kept in
 * the database, so restarts and every instance on the same database share it.
 */
export async function loadServerSecret(db: Database, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db.orm.insert(instanceSettings).values({ key: 'server_secret', value: newSecret() }).onConflictDoNothing();
  const [row] = await db.orm.select().from(instanceSettings).where(eq(instanceSettings.key, 'server_secret'));
  return row!.value;
}

/** Separate keys for separate uses, derived from the one secret. */
export function deriveKey(secret: string, purpose: 'access-tokens' | 'one-time-codes' | 'device-cookies'): string {
  return createHmac('sha256', secret).update(purpose).digest('base64url');
}
