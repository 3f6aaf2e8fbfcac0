import { and, eq, sql } from 'drizzle-orm';
import { type PlatformContext, queryRows, type TenantContext } from '../../db/database.ts';
import { notifyMembersWith } from '../notifications/notify.ts';
import { enqueueForTenant } from '../outbox/outbox.ts';
import { memberships, tenants } from './schema.ts';

export interface Applicant {
  id: string;
  name: string;
  email: string;
}

/**
 * Owners and admins hear of a join request, in the bell and by email, once the applicant's email
 * is verified: a request from an address nobody proved to own is not worth their attention.
 */
export async function notifyApproversOfJoinRequest(ctx: TenantContext, applicant: Applicant): Promise<void> {
  const [company] = await ctx.tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, ctx.tenantId));
  const title = `${applicant.name} asks to join ${company!.name}`;
  await notifyMembersWith(ctx, 'platform.members.manage', {
    topic: 'membership.requested',
    title,
    body: `${applicant.name} (${applicant.email}) waits for you to approve or reject the request.`,
    link: '/members?tab=requests',
  });
  const approvers = await queryRows<{ email: string; name: string }>(
    ctx.tx,
    sql`select u.email, u.name from memberships m join users u on u.id = m.user_id
        where m.tenant_id = ${ctx.tenantId} and m.role in ('owner', 'admin')`,
  );
  for (const approver of approvers) {
    await enqueueForTenant(ctx, {
      topic: 'mail.send',
      payload: {
        to: approver.email,
        subject: title,
        text: `Hello ${approver.name}, ${applicant.name} (${applicant.email}) asked to join ${company!.name} on Mini ERP. Approve or reject the request on the Members page.`,
      },
    });
  }
}

/** Run as the email is verified: announces each request of this person that is still pending. */
export async function announceVerifiedJoinRequests(ctx: PlatformContext, applicant: Applicant): Promise<void> {
  const pending = await ctx.tx
    .select({ tenantId: memberships.tenantId })
    .from(memberships)
    .where(and(eq(memberships.userId, applicant.id), eq(memberships.role, 'pending')));
  for (const { tenantId } of pending) {
    await notifyApproversOfJoinRequest(await ctx.enterTenant(tenantId, { userId: applicant.id }), applicant);
  }
}
