import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { NotFound } from '../../../platform/errors.ts';
import { salesOrders } from '../schema.ts';

export interface LockedOrderLine {
  id: string;
  line_no: number;
  product_id: string;
  sku: string;
  product_name: string;
  description: string | null;
  unit_of_measure: string;
  stocked: boolean;
  quantity: string;
  unit_price: string;
  discount_percent: string;
  line_total: string;
  delivered_quantity: string;
  returned_quantity: string;
  invoiced_quantity: string;
}

/** The order, locked for the rest of the transaction, with its lines in order. */
export async function lockSalesOrder(ctx: TenantContext, id: string) {
  const [order] = await ctx.tx
    .select()
    .from(salesOrders)
    .where(and(eq(salesOrders.tenantId, ctx.tenantId), eq(salesOrders.id, id)))
    .for('update');
  if (!order) throw new NotFound('Sales order', id);
  const lines = await queryRows<LockedOrderLine>(
    ctx.tx,
    sql`select id, line_no, product_id, sku, product_name, description, unit_of_measure, stocked, quantity::text,
               unit_price::text, discount_percent::text, line_total::text, delivered_quantity::text,
               returned_quantity::text, invoiced_quantity::text
        from sales_order_lines where tenant_id = ${ctx.tenantId} and sales_order_id = ${id} order by line_no`,
  );
  return { order, lines };
}
