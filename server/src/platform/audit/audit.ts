import { and, desc, eq, lt } from 'drizzle-orm';
import type { TenantContext } from '../../db/database.ts';
import { users } from '../auth/schema.ts';
import { auditLog } from './schema.ts';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Written in the same transaction as the change it describes, so neither exists without the other. */
export async function recordAudit(ctx: TenantContext, entry: AuditEntry): Promise<void> {
  await ctx.tx.insert(auditLog).values({
    tenantId: ctx.tenantId,
    actorId: ctx.actor.userId,
    requestId: ctx.actor.requestId ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** A record's trail, newest first; keyset-paginated by the time-ordered id. */
export async function listAuditTrail(
  ctx: TenantContext,
  filter: { entity: string; entityId: string; before?: string; limit: number },
) {
  return ctx.tx
    .select({
      id: auditLog.id,
      occurredAt: auditLog.occurredAt,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      actorId: auditLog.actorId,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.tenantId, ctx.tenantId),
        eq(auditLog.entity, filter.entity),
        eq(auditLog.entityId, filter.entityId),
        filter.before ? lt(auditLog.id, filter.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(filter.limit);
}
