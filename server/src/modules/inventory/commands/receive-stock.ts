import type { TenantContext } from '../../../db/database.ts';
import { invalidField } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { assertQuantityFitsUnit, productsById } from '../../catalog/index.ts';
import { locationOrDefault, virtualLocation } from '../locations.ts';
import { lotForReceipt, serialsForReceipt } from '../lots.ts';
import type { StockMoveInput } from './post-stock-moves.ts';
import { type RecordedOperation, recordOperation } from './stock-operation.ts';

export interface ReceiptLine {
  productId: string;
  quantity: string;
  unitCost: string;
  lotNumber?: string | undefined;
  expiryDate?: string | undefined;
  serialNumbers?: string[] | undefined;
}

export interface ReceiptInput {
  warehouseId?: string | undefined;
  locationId?: string | undefined;
  vendorName?: string | undefined;
  reference?: string | undefined;
  notes?: string | undefined;
  receivedOn: string;
  lines: ReceiptLine[];
  source?: { type: string; id: string } | undefined;
}

/**
 * Goods in from a vendor at their cost, into a warehouse's location (its main stock location by
 * default). Lot-tracked lines name their lot (and expiry), serial-tracked lines each serial.
 */
export async function receiveStock(ctx: TenantContext, input: ReceiptInput): Promise<RecordedOperation> {
  const destination = await locationOrDefault(ctx, input);
  const vendors = await virtualLocation(ctx, 'vendor');
  const products = await productsById(
    ctx,
    input.lines.map((l) => l.productId),
  );
  const moves: StockMoveInput[] = [];
  for (const [i, line] of input.lines.entries()) {
    const path = `lines.${i}`;
    const product = products.get(line.productId);
    assertQuantityFitsUnit(product, line.quantity, path);
    const move = {
      productId: product.id,
      fromLocationId: vendors,
      toLocationId: destination.id,
      unitCost: line.unitCost,
      moveType: 'receipt' as const,
    };
    if (product.tracking === 'serial') {
      const serials = line.serialNumbers ?? [];
      if (!new Exact(line.quantity).eq(serials.length))
        invalidField(`${path}.serialNumbers`, `Give ${line.quantity} serial numbers`);
      for (const lotId of await serialsForReceipt(ctx, product, serials, path))
        moves.push({ ...move, quantity: '1', lotId });
    } else if (product.tracking === 'lot') {
      if (!line.lotNumber) invalidField(`${path}.lotNumber`, `${product.sku} is tracked by lot: give the lot number`);
      const lotId = await lotForReceipt(ctx, product, line.lotNumber, line.expiryDate, path);
      moves.push({ ...move, quantity: line.quantity, lotId });
    } else {
      if (line.lotNumber || line.serialNumbers?.length)
        invalidField(path, `${product.sku} is not tracked by lot or serial number`);
      moves.push({ ...move, quantity: line.quantity });
    }
  }
  return recordOperation(
    ctx,
    {
      type: 'receipt',
      state: 'done',
      fromLocationId: vendors,
      toLocationId: destination.id,
      operationDate: input.receivedOn,
      partnerName: input.vendorName,
      reference: input.reference,
      notes: input.notes,
      source: input.source,
    },
    moves,
  );
}
