import { and, eq } from 'drizzle-orm';
import type { PlatformContext } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.ts';
import type { AuthDeps } from '../auth/auth-deps.ts';
import { hashPassword } from '../auth/credentials.ts';
import { issueOneTimeCode } from '../auth/one-time-codes.ts';
import { checkPassword } from '../auth/password-check.ts';
import { announceAccessChange } from '../auth/session-cache.ts';
import { createUser, findUserByEmail, type UserRecord } from '../auth/users.ts';
import { AppError, NotFound, TooManyRequests } from '../errors.ts';
import { enqueue } from '../outbox/outbox.ts';
import { notifyApproversOfJoinRequest } from './join-requests.ts';
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

interface Company {
  id: string;
  name: string;
}

/**
 * An employee asks to join a company by its code. The answer is the same whatever happened, so
 * it tells a stranger neither whether the email has an account nor whether the password was
 * right; what happened is emailed to the address. A new email gets an account that verifies
 * its email first. An existing account joins only with its own password (checked under the
 * same sign-in limits as login); a wrong password records nothing. The membership waits as
 * `pending` until an owner or admin decides.
 */
export async function joinCompany(
  deps: AuthDeps,
  input: JoinCompanyInput,
  client: { cookies: Record<string, string | undefined> },
) {
  const company = await findCompanyByCode(deps, input.companyCode);
  // Hashed on every path, so a new account does not answer slower than an existing one.
  const passwordHash = await hashPassword(input.password);
  const existing = await findUserByEmail(deps.db.orm, input.email);
  const check = await checkPassword(deps, { ...input, cookies: client.cookies }, existing);
  const warnOwner = existing && !check.valid && (await deps.limits.mayEmailAbout('join', existing.email));
  await deps.db
    .withPlatform(async (ctx) => {
      if (!existing) {
        const user = await createUser(ctx.tx, { ...input, passwordHash, verified: false });
        await requestMembership(deps, ctx, company, user);
      } else if (check.valid) {
        await requestMembership(deps, ctx, company, existing);
      } else if (warnOwner) {
        await mail(ctx, existing, `Your request to join ${company.name}`, [
          `someone asked to join ${company.name} on Mini ERP with your email address, but the password did not match your account, so nothing was sent to the company.`,
          'If it was you, ask again with the password you log in with (or reset it first). If it was not you, you need do nothing.',
        ]);
      }
    })
    .catch((error) => {
      // Another request created this account a moment ago; it was answered and emailed.
      if (!(error instanceof AppError && error.code === 'email_taken')) throw error;
    });
  return {
    accepted: true as const,
    company: { name: company.name },
    message: `Check your email: a new account gets a code to verify it; an existing account can log in. An owner or admin of ${company.name} then approves the request.`,
  };
}

async function requestMembership(deps: AuthDeps, ctx: PlatformContext, company: Company, user: UserRecord) {
  const [current] = await ctx.tx
    .select({ id: memberships.id, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.tenantId, company.id), eq(memberships.userId, user.id)))
    .for('update');
  if (current?.role === 'pending') {
    await mail(ctx, user, `Your request to join ${company.name}`, [
      `you already asked to join ${company.name}; an owner or admin will decide, and we will email you then.`,
    ]);
    return;
  }
  if (current && current.role !== 'rejected') {
    await mail(ctx, user, `You are a member of ${company.name}`, [
      `you are already a member of ${company.name}: log in to work in it.`,
    ]);
    return;
  }
  const verified = user.emailVerifiedAt !== null;
  if (verified) {
    await mail(ctx, user, `Your request to join ${company.name}`, [
      `your request to join ${company.name} was sent. An owner or admin will decide, and we will email you then; you can log in meanwhile.`,
    ]);
  } else {
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
  // An unverified applicant's request is announced once the email is verified (verify-email).
  if (verified) await notifyApproversOfJoinRequest(tenantCtx, user);
}

function mail(ctx: PlatformContext, to: UserRecord, subject: string, lines: string[]): Promise<void> {
  return enqueue(ctx.tx, null, {
    topic: 'mail.send',
    payload: { to: to.email, subject, text: `Hello ${to.name}, ${lines.join('\n\n')}` },
  });
}
