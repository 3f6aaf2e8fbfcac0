import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
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

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** The audit row as an INSERT, for commands that fold it into a statement of their own (as a CTE). */
export function auditInsert(ctx: TenantContext, entry: AuditEntry): SQL {
  return sql`insert into audit_log (tenant_id, id, actor_id, request_id, action, entity, entity_id, before, after)
    values (${ctx.tenantId}, uuid_v7(), ${ctx.actor.userId}, ${ctx.actor.requestId ?? null}, ${entry.action},
            ${entry.entity}, ${entry.entityId}, ${json(entry.before)}::jsonb, ${json(entry.after)}::jsonb)`;
}

/** Written in the same transaction as the change it describes, so neither exists without the other. */
export async function recordAudit(ctx: TenantContext, entry: AuditEntry): Promise<void> {
  await ctx.prepared('platform.record_audit', auditInsert(ctx, entry));
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
