import { sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { releaseReservations } from '../../inventory/index.ts';
import {
  orderStateColumns,
  type SalesOrderStateView,
  type SalesOrderTransition,
  withActions,
} from '../queries/sales-order-queries.ts';
import { salesOrderFlow } from '../sales-order.workflow.ts';
import type { SalesOrderState } from '../schema.ts';
import { refuseTransition } from './save-sales-order.ts';

/**
 * Draft or confirmed → cancelled; a confirmed order gives its reservation back. The conditional
 * update lets one of several simultaneous cancellations through, so stock is released once.
 */
export async function cancelSalesOrder(
  ctx: TenantContext,
  id: string,
  reason: string | undefined,
): Promise<SalesOrderTransition> {
  const cancelled = await queryOne<SalesOrderStateView & { previous: SalesOrderState }>(
    ctx.tx,
    sql`with current as (
          select state from sales_orders where tenant_id = ${ctx.tenantId} and id = ${id} for update
        )
        update sales_orders o
        set state = 'cancelled', cancelled_at = now(), cancelled_by = ${ctx.actor.userId},
            cancel_reason = ${reason ?? null}, updated_at = now()
        from current
        where o.tenant_id = ${ctx.tenantId} and o.id = ${id}
          and current.state = any(${sql.param([...salesOrderFlow.transitions.cancel.from])}::text[])
        returning ${orderStateColumns()}, current.state as previous`,
  );
  if (!cancelled) {
    return refuseTransition(
      ctx,
      id,
      'cancel',
      (state) => `Only draft or confirmed orders can be cancelled; this order is ${state}`,
    );
  }
  if (cancelled.previous === 'confirmed') await releaseReservations(ctx, { type: 'sales_order', id });
  await recordAudit(ctx, {
    action: 'sales_order.cancelled',
    entity: 'sales_order',
    entityId: id,
    before: { state: cancelled.previous },
    after: { state: 'cancelled', reason: reason ?? null },
  });
  const { previous: _, ...order } = cancelled;
  return withActions(order, []);
}
