import { sql } from 'drizzle-orm';
import type { Platform } from '../app.ts';
import { queryOne } from '../db/database.ts';
import { registerCompany } from '../platform/auth/commands/register-company.ts';
import { seedDemoBusiness } from './demo-business.ts';

export const DEMO_LOGIN = { email: 'demo@example.com', password: 'demo12345', companyCode: 'DEMO01' };

/**
 * On an empty database: a demo company with six months of history whose owner can log in at once.
 * Returns how long it took in milliseconds, or null when the database already had companies.
 */
export async function seedDemoData(platform: Platform): Promise<number | null> {
  const started = performance.now();
  const existing = await queryOne<{ companies: number }>(
    platform.db.orm,
    sql`select count(*)::int as companies from tenants`,
  );
  if (existing && existing.companies > 0) return null;
  const { company, owner } = await registerCompany(
    platform.auth,
    {
      company: {
        name: 'Demo Manufacturing',
        domain: 'demo.example.com',
        currency: 'IDR',
        timezone: 'Asia/Jakarta',
        locale: 'id-ID',
      },
      owner: { name: 'Dewi Demo', email: DEMO_LOGIN.email, password: DEMO_LOGIN.password },
    },
    { ownerVerified: true, companyCode: DEMO_LOGIN.companyCode },
  );
  await platform.db.withTenant(company.id, { userId: owner.id }, seedDemoBusiness);
  return performance.now() - started;
}
