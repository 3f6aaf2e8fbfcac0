import type { TenantContext } from '../../../db/database.ts';
import { BadRequest } from '../../../platform/errors.ts';
import { assertLinesFitUnits, productsById } from '../../catalog/index.ts';
import { stockHoldingLocation, virtualLocation } from '../locations.ts';
import { type RecordedOperation, recordOperation } from './stock-operation.ts';

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
