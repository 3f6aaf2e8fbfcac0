import type { TenantContext, Tx } from '../../db/database.ts';
import { outbox } from './schema.ts';

export interface OutboxEvent {
  topic: string;
  payload: Record<string, unknown>;
}

/** Records an event in the caller's transaction; the dispatcher delivers it after commit. */
export async function enqueue(tx: Tx, tenantId: string | null, event: OutboxEvent): Promise<void> {
  await tx.insert(outbox).values({ tenantId, topic: event.topic, payload: event.payload });
}

export function enqueueForTenant(ctx: TenantContext, event: OutboxEvent): Promise<void> {
  return enqueue(ctx.tx, ctx.tenantId, event);
}
