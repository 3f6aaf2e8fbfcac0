import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.ts';
import type { AuthDeps } from '../auth/auth-deps.ts';
import { hashPassword, verifyPassword } from '../auth/credentials.ts';
import { issueOneTimeCode } from '../auth/one-time-codes.ts';
import { announceAccessChange } from '../auth/session-cache.ts';
import { createUser, findUserByEmail } from '../auth/users.ts';
import { Conflict, NotFound, TooManyRequests } from '../errors.ts';
import { notifyApproversOfJoinRequest } from './members.ts';
import { memberships, tenants } from './schema.ts';

export interface JoinCompanyInput {
  companyCode: string;
  name: string;
  email: string;
  password: string;
}

export async function findCompanyByCode(deps: AuthDeps, code: string) {
  const [company] = await deps.db.orm
    .select({ id: tenants.id, name: tenants.name })
    .from(tenants)
    .where(eq(tenants.code, code));
  if (!company) throw new NotFound('Company with code', code);
  return company;
}

/**
 * An employee asks to join a company by its code. A new account verifies its email first; an
 * existing account joins with its own password. Either way the membership waits as `pending`
 * until an owner or admin decides.
 */
export async function joinCompany(deps: AuthDeps, input: JoinCompanyInput) {
  const company = await findCompanyByCode(deps, input.companyCode);
  const existing = await findUserByEmail(deps.db.orm, input.email);
  if (existing && !(await verifyPassword(existing.passwordHash, input.password))) {
    throw new Conflict(
      'email_taken',
      'An account with this email already exists; enter that account’s password to join with it, or use another email',
    );
  }
  const passwordHash = existing ? null : await hashPassword(input.password);
  return deps.db.withPlatform(async (ctx) => {
    const user = existing ?? (await createUser(ctx.tx, { ...input, passwordHash: passwordHash!, verified: false }));
    const [current] = await ctx.tx
      .select({ id: memberships.id, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.tenantId, company.id), eq(memberships.userId, user.id)))
      .for('update');
    if (current?.role === 'pending')
      throw new Conflict('already_requested', `You already asked to join ${company.name}`);
    if (current && current.role !== 'rejected')
      throw new Conflict('already_member', `You are already a member of ${company.name}`);
    const emailVerificationRequired = user.emailVerifiedAt === null;
    if (emailVerificationRequired) {
      // A code sent moments ago (for another company) is still valid; throttling must not block the join.
      await issueOneTimeCode(ctx.tx, deps.codeSecret, user, 'verify_email').catch((error) => {
        if (!(error instanceof TooManyRequests)) throw error;
      });
    }
    const tenantCtx = await ctx.enterTenant(company.id, { userId: user.id });
    const [membership] = current
      ? await tenantCtx.tx
          .update(memberships)
          .set({ role: 'pending', jobRoles: [], requestedAt: new Date(), decidedAt: null, decidedBy: null })
          .where(and(eq(memberships.tenantId, company.id), eq(memberships.id, current.id)))
          .returning({ id: memberships.id })
      : await tenantCtx.tx
          .insert(memberships)
          .values({ tenantId: company.id, userId: user.id, role: 'pending' })
          .returning({ id: memberships.id });
    await recordAudit(tenantCtx, {
      action: 'membership.requested',
      entity: 'membership',
      entityId: membership!.id,
      after: { userId: user.id, role: 'pending' },
    });
    await announceAccessChange(tenantCtx, user.id);
    await notifyApproversOfJoinRequest(tenantCtx, user);
    return { company: { name: company.name }, role: 'pending' as const, emailVerificationRequired };
  });
}
