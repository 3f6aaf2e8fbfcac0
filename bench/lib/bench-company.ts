import { buildApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { Database } from '../../server/src/db/database.ts';
import { registerCompany } from '../../server/src/platform/auth/commands/register-company.ts';

const owner = { name: 'Bench Owner', email: 'bench@example.com', password: 'bench password' };

/** Migrates the database and registers the bench company the way sign-up does, owner verified. */
export async function setUpBenchCompany(url: string) {
  const db = await Database.open({ url });
  await db.migrate();
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'warn', DATABASE_URL: url }), db, logger: false });
  const registered = await registerCompany(
    app.platform.auth,
    { company: { name: 'Bench Trading', currency: 'IDR', timezone: 'Asia/Jakarta', locale: 'id-ID' }, owner },
    { ownerVerified: true },
  );
  await app.close();
  await db.close();
  return {
    tenantId: registered.company.id,
    ownerId: registered.owner.id,
    email: owner.email,
    password: owner.password,
  };
}
