import type { TenantContext } from '../../../db/database.ts';
import { Exact } from '../../../platform/money.ts';
import { productsById } from '../../catalog/index.ts';
import { virtualLocation } from '../locations.ts';
import type { StockMoveInput } from './post-stock-moves.ts';
import type { ReservationSource } from './reservations.ts';
import { type RecordedOperation, recordOperation } from './stock-operation.ts';
import { type Pick, takeFromReservation } from './take-from-reservation.ts';

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

  const taken = await takeFromReservation(
    ctx,
    input.source,
    [...perProduct].map(([productId, lines]) => ({
      product: products.get(productId)!,
      quantity: lines.reduce((sum, l) => sum.plus(l.quantity), new Exact(0)).toFixed(),
      namedLots: lines.flatMap((l) => l.lots ?? []),
    })),
  );
  const moves: Array<StockMoveInput & { sourceLineId: string }> = [];
  let fromLocationId = customers;
  for (const productId of [...perProduct.keys()].sort()) {
    const lines = perProduct.get(productId)!;
    const { locationId, picks } = taken.get(productId)!;
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
    products,
  );
}
