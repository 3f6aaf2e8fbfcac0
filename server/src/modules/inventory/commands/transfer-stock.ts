import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { BadRequest, invalidField, NotFound } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { defineWorkflow } from '../../../platform/workflow.ts';
import { assertLinesFitUnits, productsById } from '../../catalog/index.ts';
import { stockHoldingLocation, virtualLocation } from '../locations.ts';
import { type OperationState, stockOperations } from '../schema.ts';
import { postStockMoves } from './post-stock-moves.ts';
import { type RecordedOperation, recordOperation } from './stock-operation.ts';

export const transferFlow = defineWorkflow<OperationState, 'receive'>('transfer', {
  receive: { from: ['in_transit'], to: 'done' },
});

export interface TransferInput {
  fromLocationId: string;
  toLocationId: string;
  transferDate: string;
  notes?: string | undefined;
  lines: Array<{ productId: string; quantity: string; lotId?: string | undefined }>;
}

/**
 * Moves stock between two locations. Within a warehouse it is done at once; between warehouses
 * the goods leave for the transit location and the transfer stays in transit until the other
 * warehouse receives them.
 */
export async function transferStock(ctx: TenantContext, input: TransferInput): Promise<RecordedOperation> {
  const from = await stockHoldingLocation(ctx, input.fromLocationId, 'fromLocationId');
  const to = await stockHoldingLocation(ctx, input.toLocationId, 'toLocationId');
  if (from.id === to.id) {
    throw new BadRequest('validation_failed', 'Invalid request. toLocationId: the goods are already there', {
      fields: [{ path: 'toLocationId', message: 'The goods are already there' }],
    });
  }
  const products = await productsById(
    ctx,
    input.lines.map((l) => l.productId),
  );
  assertLinesFitUnits(products, input.lines);
  const betweenWarehouses = from.warehouseId !== to.warehouseId;
  const arrival = betweenWarehouses ? await virtualLocation(ctx, 'transit') : to.id;
  return recordOperation(
    ctx,
    {
      type: 'transfer',
      state: betweenWarehouses ? 'in_transit' : 'done',
      fromLocationId: from.id,
      toLocationId: to.id,
      operationDate: input.transferDate,
      notes: input.notes,
    },
    input.lines.map((line) => ({
      productId: line.productId,
      quantity: line.quantity,
      lotId: line.lotId,
      fromLocationId: from.id,
      toLocationId: arrival,
      moveType: 'transfer' as const,
    })),
  );
}

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
  transferFlow.assert(
    transfer.state,
    'receive',
    `Only transfers in transit can be received; this one is ${transfer.state}`,
  );
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
  const state: OperationState = new Exact(open).isZero() ? 'done' : 'in_transit';
  if (state === 'done') {
    await ctx.tx
      .update(stockOperations)
      .set({ state, doneAt: new Date() })
      .where(and(eq(stockOperations.tenantId, ctx.tenantId), eq(stockOperations.id, id)));
  }
  await recordAudit(ctx, {
    action: 'stock_transfer.received',
    entity: 'stock_operation',
    entityId: id,
    after: { state, lines: arriving.map((l) => ({ lineId: l.id, quantity: take.get(l.id)!.toFixed() })) },
  });
  return { state };
}
