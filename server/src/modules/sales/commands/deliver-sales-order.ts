import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { invalidField } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { deliverFromReservation, type Pick, type RecordedOperation } from '../../inventory/index.ts';
import { salesOrderFlow } from '../sales-order.workflow.ts';
import type { SalesOrderState } from '../schema.ts';
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
  salesOrderFlow.assert(order.state, 'deliver');
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
  await applyTransition(ctx, salesOrderFlow, order, 'deliver', { to: state, audit: { delivery: delivery.number } });
  return { state, delivery };
}
