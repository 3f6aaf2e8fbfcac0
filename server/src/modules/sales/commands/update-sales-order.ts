import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { NotFound } from '../../../platform/errors.ts';
import { salesOrderFlow } from '../sales-order.workflow.ts';
import { salesOrderLines, salesOrders } from '../schema.ts';
import { insertLines, orderHeader, priceOrderLines, type SalesOrderInput } from './sales-order-lines.ts';

/** Replaces a draft order's header and lines. */
export async function updateSalesOrder(ctx: TenantContext, id: string, input: SalesOrderInput): Promise<void> {
  const where = and(eq(salesOrders.tenantId, ctx.tenantId), eq(salesOrders.id, id));
  const [before] = await ctx.tx.select().from(salesOrders).where(where).for('update');
  if (!before) throw new NotFound('Sales order', id);
  salesOrderFlow.assert(before.state, 'edit');
  const { customer, warehouseId, orderDate } = await orderHeader(ctx, input);
  const priced = await priceOrderLines(ctx, input.lines, before.currency);
  await ctx.tx
    .update(salesOrders)
    .set({
      customerId: customer.id,
      customerName: customer.name,
      orderDate,
      warehouseId,
      notes: input.notes ?? null,
      ...priced.totals,
      updatedAt: new Date(),
    })
    .where(where);
  await ctx.tx
    .delete(salesOrderLines)
    .where(and(eq(salesOrderLines.tenantId, ctx.tenantId), eq(salesOrderLines.salesOrderId, id)));
  await insertLines(ctx, id, priced.lines);
  await recordAudit(ctx, {
    action: 'sales_order.updated',
    entity: 'sales_order',
    entityId: id,
    before: { customer: before.customerName, total: before.total },
    after: { customer: customer.name, ...priced.totals, lines: priced.lines.length },
  });
}
