import { eq } from 'drizzle-orm';
import type { TenantContext } from '../../db/database.ts';
import { tenants } from './schema.ts';

/** The company's IANA time zone, in which its days start and end. */
export async function companyTimezone(ctx: TenantContext): Promise<string> {
  const [company] = await ctx.tx
    .select({ timezone: tenants.timezone })
    .from(tenants)
    .where(eq(tenants.id, ctx.tenantId));
  return company!.timezone;
}

/** Today's date (YYYY-MM-DD) where the company is: documents are dated in the company's time zone. */
export async function companyToday(ctx: TenantContext): Promise<string> {
  return new Intl.DateTimeFormat('en-CA', { timeZone: await companyTimezone(ctx) }).format(new Date());
}

export async function companyCurrency(ctx: TenantContext): Promise<string> {
  const [company] = await ctx.tx
    .select({ currency: tenants.currency })
    .from(tenants)
    .where(eq(tenants.id, ctx.tenantId));
  return company!.currency;
}

/** The company's currency and time zone, read together for commands that need both. */
export async function companyMoneyAndCalendar(ctx: TenantContext): Promise<{ currency: string; timezone: string }> {
  const [company] = await ctx.tx
    .select({ currency: tenants.currency, timezone: tenants.timezone })
    .from(tenants)
    .where(eq(tenants.id, ctx.tenantId));
  return company!;
}

/** The company as its documents name and date it: name, currency, locale and time zone. */
export interface CompanyIdentity {
  name: string;
  currency: string;
  locale: string;
  timezone: string;
}

export async function companyIdentity(ctx: TenantContext): Promise<CompanyIdentity> {
  const [company] = await ctx.tx
    .select({ name: tenants.name, currency: tenants.currency, locale: tenants.locale, timezone: tenants.timezone })
    .from(tenants)
    .where(eq(tenants.id, ctx.tenantId));
  return company!;
}
