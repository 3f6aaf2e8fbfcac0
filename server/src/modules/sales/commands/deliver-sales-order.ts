import { and, eq, sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { invalidField } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import {
  deliveredCosts,
  deliverFromReservation,
  type Pick,
  type RecordedOperation,
  type ReturnCondition,
  receiveCustomerReturn,
} from '../../inventory/index.ts';
import { salesOrderFlow } from '../sales-order.workflow.ts';
import { type SalesOrderState, salesOrders } from '../schema.ts';
import { type LockedOrderLine, lockSalesOrder } from './lock-sales-order.ts';

export interface DeliveryRequest {
  deliveryDate: string;
  notes?: string | undefined;
  /** What to deliver; everything still open when omitted. */
  lines?: Array<{ lineId: string; quantity: string; lots?: Pick[] | undefined }> | undefined;
}

/**
 * Ships goods of a confirmed order from its reservation: all that is open, or part of it. The
 * order becomes delivered when every stocked line is, partially delivered until then.
 */
export async function deliverSalesOrder(
  ctx: TenantContext,
  id: string,
  request: DeliveryRequest,
): Promise<{ state: SalesOrderState; delivery: RecordedOperation }> {
  const { order, lines } = await lockSalesOrder(ctx, id);
  salesOrderFlow.assert(order.state, 'deliver', `Only confirmed orders can be delivered; this order is ${order.state}`);
  const open = (line: LockedOrderLine) => new Exact(line.quantity).minus(line.delivered_quantity);
  const wanted = request.lines?.length
    ? request.lines.map((r, i) => {
        const line = lines.find((l) => l.id === r.lineId);
        if (!line) invalidField(`lines.${i}.lineId`, 'Not a line of this order');
        if (!line.stocked) invalidField(`lines.${i}.lineId`, `${line.sku} is a service; nothing to deliver`);
        if (new Exact(r.quantity).gt(open(line)))
          invalidField(`lines.${i}.quantity`, `Only ${open(line).toFixed()} of ${line.sku} is still to deliver`);
        return { line, quantity: new Exact(r.quantity), lots: r.lots };
      })
    : lines.filter((l) => l.stocked && open(l).gt(0)).map((line) => ({ line, quantity: open(line), lots: undefined }));
  if (wanted.length === 0) invalidField('lines', 'Nothing is left to deliver');

  const delivery = await deliverFromReservation(ctx, {
    source: { type: 'sales_order', id },
    partnerName: order.customerName,
    reference: order.number,
    deliveryDate: request.deliveryDate,
    notes: request.notes,
    lines: wanted.map((w) => ({
      sourceLineId: w.line.id,
      productId: w.line.product_id,
      quantity: w.quantity.toFixed(),
      lots: w.lots,
    })),
  });
  await ctx.tx.execute(
    sql`update sales_order_lines l set delivered_quantity = l.delivered_quantity + d.quantity
        from unnest(${sql.param(wanted.map((w) => w.line.id))}::uuid[], ${sql.param(wanted.map((w) => w.quantity.toFixed()))}::numeric[]) as d(id, quantity)
        where l.tenant_id = ${ctx.tenantId} and l.id = d.id`,
  );
  const delivered = new Map(wanted.map((w) => [w.line.id, w.quantity]));
  const complete = lines.every(
    (l) =>
      !l.stocked ||
      open(l)
        .minus(delivered.get(l.id) ?? 0)
        .isZero(),
  );
  const state: SalesOrderState = complete ? 'delivered' : 'partially_delivered';
  await ctx.tx
    .update(salesOrders)
    .set({ state, updatedAt: new Date() })
    .where(and(eq(salesOrders.tenantId, ctx.tenantId), eq(salesOrders.id, id)));
  await recordAudit(ctx, {
    action: 'sales_order.delivered',
    entity: 'sales_order',
    entityId: id,
    before: { state: order.state },
    after: { state, delivery: delivery.number },
  });
  return { state, delivery };
}

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
  salesOrderFlow.assert(order.state, 'return', `Only delivered goods can be returned; this order is ${order.state}`);
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
