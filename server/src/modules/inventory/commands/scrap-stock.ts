import type { TenantContext } from '../../../db/database.ts';
import { assertLinesFitUnits, productsById } from '../../catalog/index.ts';
import { locationOrDefault, virtualLocation } from '../locations.ts';
import { type RecordedOperation, recordOperation } from './stock-operation.ts';

export const scrapReasons = ['damaged', 'expired', 'defective', 'contaminated', 'other'] as const;
export type ScrapReason = (typeof scrapReasons)[number];

/** Writes stock off: out of its location to inventory loss, at its current cost. */
export async function scrapStock(
  ctx: TenantContext,
  input: {
    warehouseId?: string | undefined;
    locationId?: string | undefined;
    reason: ScrapReason;
    notes?: string | undefined;
    scrapDate: string;
    lines: Array<{ productId: string; quantity: string; lotId?: string | undefined }>;
  },
): Promise<RecordedOperation> {
  const location = await locationOrDefault(ctx, input);
  const loss = await virtualLocation(ctx, 'inventory_loss');
  const products = await productsById(
    ctx,
    input.lines.map((l) => l.productId),
  );
  assertLinesFitUnits(products, input.lines);
  return recordOperation(
    ctx,
    {
      type: 'scrap',
      state: 'done',
      fromLocationId: location.id,
      toLocationId: loss,
      operationDate: input.scrapDate,
      notes: input.notes,
      reference: input.reason,
    },
    input.lines.map((line) => ({
      productId: line.productId,
      quantity: line.quantity,
      lotId: line.lotId,
      fromLocationId: location.id,
      toLocationId: loss,
      moveType: 'scrap' as const,
      reason: input.reason,
    })),
  );
}
