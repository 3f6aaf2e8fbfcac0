import { eq } from 'drizzle-orm';
import type { AuthDeps } from '../auth-deps.ts';
import { users } from '../schema.ts';
import { publicUser, type UserLanguage } from '../users.ts';

/** The user picks the web app's language for themselves; null goes back to the company's. */
export async function chooseLanguage(deps: AuthDeps, userId: string, language: UserLanguage | null) {
  const [user] = await deps.db.orm.update(users).set({ language }).where(eq(users.id, userId)).returning();
  return publicUser(user!);
}
