import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { allocateDocumentNumber, defineDocumentNumbering } from '../../../platform/numbering/numbering.ts';
import { companyCurrency } from '../../../platform/tenancy/company-calendar.ts';
import { salesOrders } from '../schema.ts';
import { insertLines, orderHeader, priceOrderLines, type SalesOrderInput } from './sales-order-lines.ts';

defineDocumentNumbering('sales_order', 'SO');

/** A draft order with the next `SO-YYYY-NNNNN` number. */
export async function createSalesOrder(ctx: TenantContext, input: SalesOrderInput): Promise<string> {
  const { customer, warehouseId, orderDate } = await orderHeader(ctx, input);
  const currency = await companyCurrency(ctx);
  const priced = await priceOrderLines(ctx, input.lines, currency);
  const number = await allocateDocumentNumber(ctx, 'sales_order', orderDate);
  const [order] = await ctx.tx
    .insert(salesOrders)
    .values({
      tenantId: ctx.tenantId,
      number,
      customerId: customer.id,
      customerName: customer.name,
      orderDate,
      currency,
      warehouseId,
      notes: input.notes ?? null,
      ...priced.totals,
      createdBy: ctx.actor.userId,
    })
    .returning({ id: salesOrders.id });
  await insertLines(ctx, order!.id, priced.lines);
  await recordAudit(ctx, {
    action: 'sales_order.created',
    entity: 'sales_order',
    entityId: order!.id,
    after: { number, customer: customer.name, ...priced.totals, lines: priced.lines.length },
  });
  return order!.id;
}
