import { newId } from '../../../db/columns.ts';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { allocateDocumentNumber, defineDocumentNumbering } from '../../../platform/numbering/numbering.ts';
import { virtualLocation } from '../locations.ts';
import { stockAdjustmentLines, stockAdjustments } from '../schema.ts';
import { type AdjustmentInput, planAdjustment } from './plan-adjustment.ts';
import { postInventoryValuation } from './post-inventory-valuation.ts';
import { postStockMoves } from './post-stock-moves.ts';

defineDocumentNumbering('stock_adjustment', 'ADJ');

/**
 * Sets stock by hand in one warehouse: each line either states the counted quantity or the
 * change. Gains come from, and losses go to, the inventory loss location. Stock may not fall
 * below what is reserved.
 */
export async function postAdjustment(
  ctx: TenantContext,
  input: AdjustmentInput,
  moveType: 'adjustment' | 'opening' | 'count' = 'adjustment',
) {
  const { warehouseId, products, lines } = await planAdjustment(ctx, input);
  const adjustmentId = newId();
  const lossLocation = await virtualLocation(ctx, 'inventory_loss');
  const changed = lines.filter((line) => !line.after.eq(line.before));
  const posted = await postStockMoves(
    ctx,
    { type: 'stock_adjustment', id: adjustmentId },
    changed.map((line) => {
      const gain = line.after.gt(line.before);
      return {
        productId: line.product.id,
        lotId: line.lotId,
        quantity: line.after.minus(line.before).abs().toFixed(),
        fromLocationId: gain ? lossLocation : line.locationId,
        toLocationId: gain ? line.locationId : lossLocation,
        unitCost: line.unitCost,
        moveType,
        reason: line.reason,
      };
    }),
    { movedOn: input.adjustedOn, products },
  );
  // Numbered after the moves, like stock operations: the numbering row is held until commit.
  const number = await allocateDocumentNumber(ctx, 'stock_adjustment', input.adjustedOn);
  const [adjustment] = await ctx.tx
    .insert(stockAdjustments)
    .values({
      tenantId: ctx.tenantId,
      id: adjustmentId,
      number,
      warehouseId,
      reason: input.reason,
      note: input.note ?? null,
      adjustedOn: input.adjustedOn,
      createdBy: ctx.actor.userId,
    })
    .returning();
  const postedCost = new Map(changed.map((line, i) => [line, posted[i]!.unitCost]));
  await ctx.tx.insert(stockAdjustmentLines).values(
    lines.map((line, i) => ({
      tenantId: ctx.tenantId,
      adjustmentId: adjustment!.id,
      lineNo: i + 1,
      productId: line.product.id,
      locationId: line.locationId,
      lotId: line.lotId,
      reason: line.reason,
      quantityBefore: line.before.toFixed(),
      quantityAfter: line.after.toFixed(),
      unitCost: postedCost.get(line) ?? line.unitCost,
    })),
  );
  await postInventoryValuation(
    ctx,
    {
      date: input.adjustedOn,
      memo: `Stock adjustment ${number} (${input.reason.replaceAll('_', ' ')})`,
      source: { type: 'stock_adjustment', id: adjustmentId, number },
    },
    posted,
  );
  await recordAudit(ctx, {
    action: 'stock_adjustment.posted',
    entity: 'stock_adjustment',
    entityId: adjustment!.id,
    after: {
      number,
      reason: input.reason,
      lines: lines.map((l) => ({ sku: l.product.sku, before: l.before.toFixed(), after: l.after.toFixed() })),
    },
  });
  return { adjustment: adjustment!, moves: posted };
}
