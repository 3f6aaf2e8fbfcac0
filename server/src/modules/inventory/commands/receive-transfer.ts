import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { invalidField, NotFound } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { virtualLocation } from '../locations.ts';
import { type OperationState, stockOperations } from '../schema.ts';
import { transferFlow } from '../stock-operation.workflow.ts';
import { postStockMoves } from './post-stock-moves.ts';

/**
 * The receiving warehouse takes in a transfer in transit: everything still on its way, or the
 * quantities given per line. The transfer is done once every line has arrived.
 */
export async function receiveTransfer(
  ctx: TenantContext,
  id: string,
  received?: ReadonlyArray<{ lineId: string; quantity: string }>,
): Promise<{ state: OperationState }> {
  const [transfer] = await ctx.tx
    .select()
    .from(stockOperations)
    .where(
      and(eq(stockOperations.tenantId, ctx.tenantId), eq(stockOperations.id, id), eq(stockOperations.type, 'transfer')),
    )
    .for('update');
  if (!transfer) throw new NotFound('Transfer', id);
  transferFlow.assert(transfer.state, 'receive');
  const lines = await queryRows<{ id: string; product_id: string; lot_id: string | null; open: string }>(
    ctx.tx,
    sql`select id, product_id, lot_id, quantity - quantity_received as open from stock_operation_lines
        where tenant_id = ${ctx.tenantId} and operation_id = ${id} order by line_no`,
  );
  const take = new Map<string, Exact>();
  if (received?.length) {
    received.forEach((r, i) => {
      const line = lines.find((l) => l.id === r.lineId);
      if (!line) invalidField(`lines.${i}.lineId`, 'Not a line of this transfer');
      if (new Exact(r.quantity).gt(line.open)) {
        invalidField(`lines.${i}.quantity`, `Only ${new Exact(line.open).toFixed()} is still on its way`);
      }
      take.set(r.lineId, (take.get(r.lineId) ?? new Exact(0)).plus(r.quantity));
    });
  } else {
    for (const line of lines) if (new Exact(line.open).gt(0)) take.set(line.id, new Exact(line.open));
  }
  const transit = await virtualLocation(ctx, 'transit');
  const arriving = lines.filter((l) => take.get(l.id)?.gt(0));
  await postStockMoves(
    ctx,
    { type: 'stock_operation', id },
    arriving.map((line) => ({
      productId: line.product_id,
      quantity: take.get(line.id)!.toFixed(),
      lotId: line.lot_id,
      fromLocationId: transit,
      toLocationId: transfer.toLocationId,
      moveType: 'transfer' as const,
    })),
  );
  await ctx.tx.execute(
    sql`update stock_operation_lines l set quantity_received = l.quantity_received + r.quantity
        from unnest(${sql.param(arriving.map((l) => l.id))}::uuid[], ${sql.param(arriving.map((l) => take.get(l.id)!.toFixed()))}::numeric[]) as r(id, quantity)
        where l.tenant_id = ${ctx.tenantId} and l.id = r.id`,
  );
  const [{ open } = { open: '0' }] = await queryRows<{ open: string }>(
    ctx.tx,
    sql`select coalesce(sum(quantity - quantity_received), 0)::text as open from stock_operation_lines
        where tenant_id = ${ctx.tenantId} and operation_id = ${id}`,
  );
  const receipt = { lines: arriving.map((l) => ({ lineId: l.id, quantity: take.get(l.id)!.toFixed() })) };
  if (new Exact(open).isZero()) {
    await applyTransition(ctx, transferFlow, transfer, 'receive', { set: sql`done_at = now()`, audit: receipt });
    return { state: transferFlow.transitions.receive.to };
  }
  // A part received leaves the transfer in transit, which the audit still records.
  await recordAudit(ctx, {
    action: 'stock_transfer.received',
    entity: 'stock_operation',
    entityId: id,
    after: { state: transfer.state, ...receipt },
  });
  return { state: transfer.state };
}
