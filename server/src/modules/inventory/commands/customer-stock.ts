import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { Exact } from '../../../platform/money.ts';
import { productsById } from '../../catalog/index.ts';
import { virtualLocation, warehouseLocationOfKind, warehouseStockLocation } from '../locations.ts';
import type { StockMoveInput } from './post-stock-moves.ts';
import { type Pick, type ReservationSource, takeFromReservation } from './reservations.ts';
import { type RecordedOperation, recordOperation } from './stock-operation.ts';

export interface DeliveryLine {
  sourceLineId: string;
  productId: string;
  quantity: string;
  /** Lots or serial numbers the picker chose; by default the reserved ones, earliest expiry first. */
  lots?: Pick[] | undefined;
}

/**
 * Goods out to a customer from what a document reserved: each product's quantity is taken out of
 * the reservation, then moved from the stock location to the customers location at its cost.
 */
export async function deliverFromReservation(
  ctx: TenantContext,
  input: {
    source: ReservationSource;
    partnerName: string;
    reference: string;
    deliveryDate: string;
    notes?: string | undefined;
    lines: DeliveryLine[];
  },
): Promise<RecordedOperation> {
  const products = await productsById(
    ctx,
    input.lines.map((l) => l.productId),
  );
  const customers = await virtualLocation(ctx, 'customer');
  const perProduct = new Map<string, DeliveryLine[]>();
  for (const line of input.lines) perProduct.set(line.productId, [...(perProduct.get(line.productId) ?? []), line]);

  const moves: Array<StockMoveInput & { sourceLineId: string }> = [];
  let fromLocationId = customers;
  for (const productId of [...perProduct.keys()].sort()) {
    const lines = perProduct.get(productId)!;
    const total = lines.reduce((sum, l) => sum.plus(l.quantity), new Exact(0));
    const named = lines.flatMap((l) => l.lots ?? []);
    const { locationId, picks } = await takeFromReservation(
      ctx,
      input.source,
      products.get(productId)!,
      total.toFixed(),
      named,
    );
    fromLocationId = locationId;
    // Spread the picked lots over the lines in order, so each move names its line.
    const queue = picks.map((p) => ({ lotId: p.lotId, left: new Exact(p.quantity) }));
    for (const line of lines) {
      let need = new Exact(line.quantity);
      for (const pick of queue) {
        if (need.isZero()) break;
        const take = Exact.min(pick.left, need);
        if (take.isZero()) continue;
        moves.push({
          sourceLineId: line.sourceLineId,
          productId,
          quantity: take.toFixed(),
          lotId: pick.lotId,
          fromLocationId: locationId,
          toLocationId: customers,
          moveType: 'delivery',
        });
        pick.left = pick.left.minus(take);
        need = need.minus(take);
      }
    }
  }
  return recordOperation(
    ctx,
    {
      type: 'delivery',
      state: 'done',
      fromLocationId,
      toLocationId: customers,
      operationDate: input.deliveryDate,
      partnerName: input.partnerName,
      reference: input.reference,
      notes: input.notes,
      source: input.source,
    },
    moves,
  );
}

/** Per document line: the quantity delivered and its value, for returning goods at what they cost. */
export async function deliveredCosts(
  ctx: TenantContext,
  source: ReservationSource,
): Promise<Map<string, { quantity: string; value: string }>> {
  const rows = await queryRows<{ source_line_id: string; quantity: string; value: string }>(
    ctx.tx,
    sql`select l.source_line_id, sum(l.quantity)::text as quantity, sum(l.value)::text as value
        from stock_operation_lines l
        join stock_operations o on o.tenant_id = l.tenant_id and o.id = l.operation_id
        where o.tenant_id = ${ctx.tenantId} and o.type = 'delivery'
          and o.source_type = ${source.type} and o.source_id = ${source.id}
        group by l.source_line_id`,
  );
  return new Map(rows.map((r) => [r.source_line_id, { quantity: r.quantity, value: r.value }]));
}

export const returnConditions = ['good', 'damaged', 'defective'] as const;
export type ReturnCondition = (typeof returnConditions)[number];

export interface ReturnLine {
  sourceLineId: string;
  productId: string;
  quantity: string;
  lotId?: string | null | undefined;
  unitCost: string;
  condition: ReturnCondition;
}

/**
 * Goods back from a customer at the cost they left with: in good condition into the warehouse's
 * stock location, damaged or defective into its quarantine, to be scrapped or reworked from there.
 */
export async function receiveCustomerReturn(
  ctx: TenantContext,
  input: {
    source: ReservationSource;
    warehouseId: string;
    partnerName: string;
    reference: string;
    returnDate: string;
    reason?: string | undefined;
    lines: ReturnLine[];
  },
): Promise<RecordedOperation> {
  const customers = await virtualLocation(ctx, 'customer');
  const { stockLocationId } = await warehouseStockLocation(ctx, input.warehouseId);
  const quarantine = await warehouseLocationOfKind(ctx, input.warehouseId, 'quarantine');
  return recordOperation(
    ctx,
    {
      type: 'return',
      state: 'done',
      fromLocationId: customers,
      toLocationId: stockLocationId,
      operationDate: input.returnDate,
      partnerName: input.partnerName,
      reference: input.reference,
      notes: input.reason,
      source: input.source,
    },
    input.lines.map((line) => ({
      sourceLineId: line.sourceLineId,
      productId: line.productId,
      quantity: line.quantity,
      lotId: line.lotId ?? null,
      fromLocationId: customers,
      toLocationId: line.condition === 'good' ? stockLocationId : quarantine,
      unitCost: line.unitCost,
      moveType: 'return' as const,
      reason: `${line.condition}${input.reason ? `: ${input.reason}` : ''}`,
    })),
  );
}
