import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { TenantContext } from '../../db/database.ts';
import { keyset, toPage } from '../http/pagination.ts';
import { type Permission, permissionsOf } from '../permissions/permissions.ts';
import { memberships } from '../tenancy/schema.ts';
import { notifications } from './schema.ts';

/** The channel on which committed notifications are announced to every app instance. */
export const NOTIFICATION_CHANNEL = 'notifications';

export interface NewNotification {
  topic: string;
  title: string;
  body: string;
  link?: string | undefined;
}

/**
 * Sends a notification to every active member who holds a permission (owners and admins hold
 * all). Connected browsers hear of it once the transaction commits.
 */
export async function notifyMembersWith(
  ctx: TenantContext,
  permission: Permission,
  notification: NewNotification,
): Promise<number> {
  const members = await ctx.tx
    .select({ userId: memberships.userId, role: memberships.role, jobRoles: memberships.jobRoles })
    .from(memberships)
    .where(eq(memberships.tenantId, ctx.tenantId));
  const recipients = members.filter((m) => permissionsOf(m.role, m.jobRoles).has(permission)).map((m) => m.userId);
  return notifyUsers(ctx, recipients, notification);
}

/** Sends a notification to the given members (the caller has checked they belong to the company). */
export async function notifyUsers(
  ctx: TenantContext,
  userIds: readonly string[],
  notification: NewNotification,
): Promise<number> {
  if (userIds.length === 0) return 0;
  const rows = await ctx.tx
    .insert(notifications)
    .values(
      userIds.map((userId) => ({
        tenantId: ctx.tenantId,
        userId,
        ...notification,
        link: notification.link ?? null,
      })),
    )
    .returning({ id: notifications.id, userId: notifications.userId });
  for (const row of rows) {
    await ctx.tx.execute(
      sql`select pg_notify(${NOTIFICATION_CHANNEL}, ${JSON.stringify({ tenantId: ctx.tenantId, userId: row.userId, id: row.id })})`,
    );
  }
  return rows.length;
}

const mine = (ctx: TenantContext) =>
  and(eq(notifications.tenantId, ctx.tenantId), eq(notifications.userId, ctx.actor.userId!));

export async function listNotifications(
  ctx: TenantContext,
  filter: { unread?: boolean | undefined; cursor?: string | undefined; limit: number },
) {
  const page = keyset({
    key: notifications.createdAt,
    id: notifications.id,
    descending: true,
    cursor: filter.cursor,
    keyType: 'timestamp',
  });
  const rows = await ctx.tx
    .select()
    .from(notifications)
    .where(and(mine(ctx), filter.unread ? isNull(notifications.readAt) : undefined, page.where))
    .orderBy(...page.orderBy)
    .limit(filter.limit + 1);
  const [unread] = await ctx.tx
    .select({ count: count() })
    .from(notifications)
    .where(and(mine(ctx), isNull(notifications.readAt)));
  return { ...toPage(rows, filter.limit, (last) => [last.createdAt.toISOString(), last.id]), unread: unread!.count };
}

export async function getNotification(ctx: TenantContext, id: string) {
  const [row] = await ctx.tx
    .select()
    .from(notifications)
    .where(and(mine(ctx), eq(notifications.id, id)));
  return row;
}

/** Marks one notification, or all of the member's, as read; reading twice keeps the first time. */
export async function markNotificationsRead(ctx: TenantContext, id?: string): Promise<number> {
  const read = await ctx.tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(mine(ctx), isNull(notifications.readAt), id ? eq(notifications.id, id) : undefined))
    .returning({ id: notifications.id });
  return read.length;
}
