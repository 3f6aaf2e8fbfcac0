import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { Exact } from '../../../platform/money.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { salesOrderFlow } from '../sales-order.workflow.ts';
import { invoiceLimit } from './invoiceable-lines.ts';
import { lockSalesOrder } from './lock-sales-order.ts';

/**
 * Adds invoiced quantities and amounts to the order's lines (negative for a credit note that
 * takes them back). A delivered order with nothing left to invoice becomes invoiced, and goes
 * back to delivered when a credit note reopens it.
 */
export async function recordOrderInvoicing(
  ctx: TenantContext,
  orderId: string,
  changes: ReadonlyArray<{ lineId: string; quantity: string; amount: string }>,
): Promise<void> {
  const amount = changes.reduce((sum, c) => sum.plus(c.amount), new Exact(0));
  const { order, lines } = await lockSalesOrder(ctx, orderId);
  await ctx.tx.execute(
    sql`update sales_order_lines l set invoiced_quantity = l.invoiced_quantity + c.quantity
        from unnest(${sql.param(changes.map((c) => c.lineId))}::uuid[], ${sql.param(changes.map((c) => c.quantity))}::numeric[])
             as c(id, quantity)
        where l.tenant_id = ${ctx.tenantId} and l.sales_order_id = ${orderId} and l.id = c.id`,
  );
  const added = new Map<string, Exact>();
  for (const c of changes) added.set(c.lineId, (added.get(c.lineId) ?? new Exact(0)).plus(c.quantity));
  const complete = lines.every((line) =>
    new Exact(line.invoiced_quantity).plus(added.get(line.id) ?? 0).gte(invoiceLimit(line)),
  );
  const invoicedAmount = sql`invoiced_amount = invoiced_amount + ${amount.toFixed()}`;
  const action =
    order.state === 'delivered' && complete ? 'invoice' : order.state === 'invoiced' && !complete ? 'reopen' : null;
  if (action) await applyTransition(ctx, salesOrderFlow, order, action, { set: invoicedAmount });
  else {
    await ctx.tx.execute(
      sql`update sales_orders set ${invoicedAmount}, updated_at = now() where tenant_id = ${ctx.tenantId} and id = ${orderId}`,
    );
  }
}
