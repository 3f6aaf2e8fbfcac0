import { eq } from 'drizzle-orm';
import type { Orm, Tx } from '../../db/database.ts';
import { Conflict } from '../errors.ts';
import { users } from './schema.ts';

export type UserRecord = typeof users.$inferSelect;

/** The languages the web app is written in. */
export const userLanguages = ['en', 'id'] as const;
export type UserLanguage = (typeof userLanguages)[number];

export async function findUserByEmail(tx: Tx | Orm, email: string): Promise<UserRecord | undefined> {
  const [user] = await tx.select().from(users).where(eq(users.email, email));
  return user;
}

export async function createUser(
  tx: Tx,
  input: { email: string; name: string; passwordHash: string; verified: boolean },
): Promise<UserRecord> {
  const [user] = await tx
    .insert(users)
    .values({
      email: input.email,
      name: input.name,
      passwordHash: input.passwordHash,
      emailVerifiedAt: input.verified ? new Date() : null,
    })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!user) {
    throw new Conflict('email_taken', 'An account with this email already exists; log in, or use another email');
  }
  return user;
}

export function publicUser(user: UserRecord) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    emailVerified: user.emailVerifiedAt !== null,
    language: user.language as UserLanguage | null,
  };
}
