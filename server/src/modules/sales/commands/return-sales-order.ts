import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { invalidField } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import {
  deliveredCosts,
  type RecordedOperation,
  type ReturnCondition,
  receiveCustomerReturn,
} from '../../inventory/index.ts';
import { salesOrderFlow } from '../sales-order.workflow.ts';
import { lockSalesOrder } from './lock-sales-order.ts';

export interface ReturnRequest {
  returnDate: string;
  reason?: string | undefined;
  lines: Array<{ lineId: string; quantity: string; lotId?: string | undefined; condition: ReturnCondition }>;
}

/** Takes delivered goods back at the cost they left with (a credit note follows in accounting). */
export async function returnSalesOrder(
  ctx: TenantContext,
  id: string,
  request: ReturnRequest,
): Promise<RecordedOperation> {
  const { order, lines } = await lockSalesOrder(ctx, id);
  salesOrderFlow.assert(order.state, 'return');
  const costs = await deliveredCosts(ctx, { type: 'sales_order', id });
  const wanted = request.lines.map((r, i) => {
    const line = lines.find((l) => l.id === r.lineId);
    if (!line) invalidField(`lines.${i}.lineId`, 'Not a line of this order');
    const returnable = new Exact(line.delivered_quantity).minus(line.returned_quantity);
    if (new Exact(r.quantity).gt(returnable))
      invalidField(`lines.${i}.quantity`, `Only ${returnable.toFixed()} of ${line.sku} can come back`);
    const cost = costs.get(line.id)!;
    return {
      line,
      request: r,
      unitCost: new Exact(cost.value).div(cost.quantity).toDecimalPlaces(4, Exact.ROUND_HALF_UP).toFixed(),
    };
  });
  const returned = await receiveCustomerReturn(ctx, {
    source: { type: 'sales_order', id },
    warehouseId: order.warehouseId,
    partnerName: order.customerName,
    reference: order.number,
    returnDate: request.returnDate,
    reason: request.reason,
    lines: wanted.map((w) => ({
      sourceLineId: w.line.id,
      productId: w.line.product_id,
      quantity: w.request.quantity,
      lotId: w.request.lotId,
      unitCost: w.unitCost,
      condition: w.request.condition,
    })),
  });
  await ctx.tx.execute(
    sql`update sales_order_lines l set returned_quantity = l.returned_quantity + r.quantity
        from unnest(${sql.param(wanted.map((w) => w.line.id))}::uuid[], ${sql.param(wanted.map((w) => w.request.quantity))}::numeric[]) as r(id, quantity)
        where l.tenant_id = ${ctx.tenantId} and l.id = r.id`,
  );
  await recordAudit(ctx, {
    action: 'sales_order.returned',
    entity: 'sales_order',
    entityId: id,
    after: {
      return: returned.number,
      lines: wanted.map((w) => ({ sku: w.line.sku, quantity: w.request.quantity, condition: w.request.condition })),
    },
  });
  return returned;
}
