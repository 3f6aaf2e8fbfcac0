import type { TenantContext } from '../../../db/database.ts';
import { Exact } from '../../../platform/money.ts';
import { type AdjustmentInput, planAdjustment } from '../commands/plan-adjustment.ts';

/**
 * What posting the adjustment would change, before the user confirms it: each changed line with its
 * quantity before and after and its value at the current cost, and the net value to (negative) or
 * from (positive) inventory loss. FIFO losses are valued at the current cost here; posting takes
 * them from the oldest layers, so the posted value may differ by the layers' spread.
 */
export async function previewAdjustment(ctx: TenantContext, input: AdjustmentInput) {
  const { lines } = await planAdjustment(ctx, input);
  const changed = lines
    .filter((line) => !line.after.eq(line.before))
    .map((line) => {
      const change = line.after.minus(line.before);
      return {
        productId: line.product.id,
        sku: line.product.sku,
        unitOfMeasure: line.product.unitOfMeasure,
        locationId: line.locationId,
        lotId: line.lotId,
        quantityBefore: line.before.toFixed(),
        quantityAfter: line.after.toFixed(),
        quantityChange: change.toFixed(),
        value: change.times(line.unitCost).toDecimalPlaces(4).toFixed(),
      };
    });
  const total = changed.reduce((sum, line) => sum.plus(line.value), new Exact(0));
  return { lines: changed, total: total.toFixed() };
}
