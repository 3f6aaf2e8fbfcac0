import { and, asc, eq, inArray } from 'drizzle-orm';
import type { TenantContext } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.ts';
import { users } from '../auth/schema.ts';
import { announceAccessChange } from '../auth/session-cache.ts';
import { BusinessRuleViolation, Forbidden, InvalidTransition, NotFound } from '../errors.ts';
import { enqueueForTenant } from '../outbox/outbox.ts';
import type { JobRole } from '../permissions/permissions.ts';
import { defineWorkflow } from '../workflow.ts';
import { type MemberRole, memberships, tenants } from './schema.ts';

export const membershipFlow = defineWorkflow<MemberRole, 'approve' | 'reject'>('membership', {
  approve: { from: ['pending'], to: 'member' },
  reject: { from: ['pending'], to: 'rejected' },
});

export type ActiveRole = 'owner' | 'admin' | 'member';
const activeRoles: readonly MemberRole[] = ['owner', 'admin', 'member'];

export interface MemberView {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  jobRoles: string[];
  requestedAt: Date;
  decidedAt: Date | null;
}

const memberColumns = {
  id: memberships.id,
  userId: memberships.userId,
  name: users.name,
  email: users.email,
  role: memberships.role,
  jobRoles: memberships.jobRoles,
  requestedAt: memberships.requestedAt,
  decidedAt: memberships.decidedAt,
};

export function listMembers(ctx: TenantContext, status: 'pending' | 'member'): Promise<MemberView[]> {
  const roles = status === 'pending' ? ['pending' as const] : activeRoles;
  return ctx.tx
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, ctx.tenantId), inArray(memberships.role, roles)))
    .orderBy(asc(users.name));
}

async function loadMemberForUpdate(ctx: TenantContext, membershipId: string): Promise<MemberView> {
  const [member] = await ctx.tx
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.id, membershipId)))
    .for('update', { of: memberships });
  if (!member) throw new NotFound('Member', membershipId);
  return member;
}

/** Owners alone hand out or take away the owner role; nobody changes their own membership. */
function assertMayAssign(actorRole: MemberRole, actorUserId: string | null, target: MemberView, newRole: ActiveRole) {
  if (target.userId === actorUserId) {
    throw new BusinessRuleViolation('own_membership', 'You cannot change your own membership; ask another owner');
  }
  if ((newRole === 'owner' || target.role === 'owner') && actorRole !== 'owner') {
    throw new Forbidden('owner_required', 'Only an owner can grant or change the owner role');
  }
}

async function saveDecision(
  ctx: TenantContext,
  before: MemberView,
  change: { role: MemberRole; jobRoles: string[] },
  action: string,
): Promise<MemberView> {
  const decided = { role: change.role, jobRoles: change.jobRoles, decidedAt: new Date(), decidedBy: ctx.actor.userId };
  await ctx.tx
    .update(memberships)
    .set(decided)
    .where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.id, before.id)));
  const after = { ...before, ...decided };
  await announceAccessChange(ctx, before.userId);
  await recordAudit(ctx, {
    action,
    entity: 'membership',
    entityId: before.id,
    before: { role: before.role, jobRoles: before.jobRoles },
    after: { role: after.role, jobRoles: after.jobRoles },
  });
  return after;
}

async function notifyMember(ctx: TenantContext, member: MemberView, subject: string, text: string): Promise<void> {
  await enqueueForTenant(ctx, { topic: 'mail.send', payload: { to: member.email, subject, text } });
}

async function companyName(ctx: TenantContext): Promise<string> {
  const [company] = await ctx.tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, ctx.tenantId));
  return company!.name;
}

export async function approveMember(
  ctx: TenantContext,
  actorRole: MemberRole,
  membershipId: string,
  grant: { role: ActiveRole; jobRoles: JobRole[] },
): Promise<MemberView> {
  const member = await loadMemberForUpdate(ctx, membershipId);
  membershipFlow.assert(member.role, 'approve', `Only pending requests can be approved; this member is ${member.role}`);
  assertMayAssign(actorRole, ctx.actor.userId, member, grant.role);
  const approved = await saveDecision(ctx, member, grant, 'membership.approved');
  const name = await companyName(ctx);
  await notifyMember(
    ctx,
    approved,
    `You have joined ${name}`,
    `Hello ${approved.name}, your request to join ${name} on Mini ERP was approved. You can log in now.`,
  );
  return approved;
}

export async function rejectMember(ctx: TenantContext, membershipId: string): Promise<MemberView> {
  const member = await loadMemberForUpdate(ctx, membershipId);
  membershipFlow.assert(member.role, 'reject', `Only pending requests can be rejected; this member is ${member.role}`);
  const rejected = await saveDecision(ctx, member, { role: 'rejected', jobRoles: [] }, 'membership.rejected');
  const name = await companyName(ctx);
  await notifyMember(
    ctx,
    rejected,
    `Your request to join ${name}`,
    `Hello ${rejected.name}, your request to join ${name} on Mini ERP was declined.`,
  );
  return rejected;
}

export async function changeMemberRole(
  ctx: TenantContext,
  actorRole: MemberRole,
  membershipId: string,
  change: { role?: ActiveRole; jobRoles?: JobRole[] },
): Promise<MemberView> {
  const member = await loadMemberForUpdate(ctx, membershipId);
  if (!activeRoles.includes(member.role)) {
    throw new InvalidTransition(
      'membership',
      member.role,
      'change_role',
      membershipFlow.actionsFrom(member.role),
      `Only active members have roles to change; this member is ${member.role}`,
    );
  }
  const role = change.role ?? (member.role as ActiveRole);
  assertMayAssign(actorRole, ctx.actor.userId, member, role);
  return saveDecision(ctx, member, { role, jobRoles: change.jobRoles ?? member.jobRoles }, 'membership.role_changed');
}
