import type { TenantContext } from '../../../db/database.ts';
import { virtualLocation, warehouseLocationOfKind, warehouseStockLocation } from '../locations.ts';
import type { ReservationSource } from './reservations.ts';
import { type RecordedOperation, recordOperation } from './stock-operation.ts';

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
