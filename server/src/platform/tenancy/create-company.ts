import { randomInt } from 'node:crypto';
import type { PlatformContext, TenantContext } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.ts';
import { memberships, tenants } from './schema.ts';

export interface CompanyProfile {
  name: string;
  domain?: string | undefined;
  currency: string;
  timezone: string;
  locale: string;
}

export interface Company extends CompanyProfile {
  id: string;
  code: string;
}

const CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function newCompanyCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** What a module sets up in every new company (a default warehouse, a chart of accounts, ...). */
export type CompanyInitializer = (ctx: TenantContext, company: Company) => Promise<void>;

/**
 * Creates the company, its owner membership and each module's defaults in the caller's
 * transaction. The 6-character code is random; a collision is retried with a new one.
 */
export async function createCompany(
  ctx: PlatformContext,
  profile: CompanyProfile,
  ownerUserId: string,
  initializers: readonly CompanyInitializer[],
  fixedCode?: string,
): Promise<Company> {
  let created: { id: string; code: string } | undefined;
  for (let attempt = 0; !created && attempt < 10; attempt++) {
    [created] = await ctx.tx
      .insert(tenants)
      .values({ ...profile, domain: profile.domain ?? null, code: fixedCode ?? newCompanyCode() })
      .onConflictDoNothing({ target: tenants.code })
      .returning({ id: tenants.id, code: tenants.code });
  }
  if (!created) throw new Error('Could not find a free company code');
  const company: Company = { ...profile, ...created };
  const tenantCtx = await ctx.enterTenant(company.id, { userId: ownerUserId });
  const [owner] = await tenantCtx.tx
    .insert(memberships)
    .values({ tenantId: company.id, userId: ownerUserId, role: 'owner', decidedAt: new Date(), decidedBy: ownerUserId })
    .returning({ id: memberships.id });
  await recordAudit(tenantCtx, {
    action: 'company.registered',
    entity: 'company',
    entityId: company.id,
    after: company,
  });
  await recordAudit(tenantCtx, {
    action: 'membership.created',
    entity: 'membership',
    entityId: owner!.id,
    after: { userId: ownerUserId, role: 'owner' },
  });
  for (const initialize of initializers) await initialize(tenantCtx, company);
  return company;
}
