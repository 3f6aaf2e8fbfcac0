import { sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { NotFound } from '../../../platform/errors.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { releaseReservations } from '../../inventory/index.ts';
import {
  orderStateColumns,
  type SalesOrderStateView,
  type SalesOrderTransition,
  withActions,
} from '../queries/sales-order-queries.ts';
import { type SalesOrderAction, salesOrderFlow } from '../sales-order.workflow.ts';
import type { SalesOrderState } from '../schema.ts';

/**
 * Draft or confirmed → cancelled; a confirmed order gives its reservation back. The order is read
 * locked, so whether to release stock follows the state it is cancelled from; of several
 * simultaneous cancellations one goes through, so stock is released once.
 */
export async function cancelSalesOrder(
  ctx: TenantContext,
  id: string,
  reason: string | undefined,
): Promise<SalesOrderTransition> {
  const read = await queryOne<{ id: string; state: SalesOrderState }>(
    ctx.tx,
    sql`select id, state from sales_orders where tenant_id = ${ctx.tenantId} and id = ${id} for update`,
  );
  if (!read) throw new NotFound('Sales order', id);
  const order = await applyTransition<SalesOrderState, SalesOrderAction, SalesOrderStateView>(
    ctx,
    salesOrderFlow,
    read,
    'cancel',
    {
      set: sql`cancel_reason = ${reason ?? null}`,
      audit: { reason: reason ?? null },
      returning: orderStateColumns('sales_orders'),
    },
  );
  if (read.state === 'confirmed') await releaseReservations(ctx, { type: 'sales_order', id });
  return withActions(order, []);
}
