import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { invalidField } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { assertQuantityFitsUnit, type ProductRow, productsById } from '../../catalog/index.ts';
import { stockHoldingLocation, warehouseStockLocation } from '../locations.ts';
import type { AdjustmentReason } from '../schema.ts';
import { currentUnitCosts } from '../valuation.ts';

export interface AdjustmentLineInput {
  productId: string;
  lotId?: string | undefined;
  /** A location of the adjustment's warehouse; defaults to its main stock location. */
  locationId?: string | undefined;
  /** Why this line differs, when it differs from the document's reason (a count's variance reason). */
  reason?: string | undefined;
  /** Set on hand to this quantity... */
  countedQuantity?: string | undefined;
  /** ...or change it by this much (negative to reduce). */
  quantityChange?: string | undefined;
  /** The cost of a gain; defaults to the product's current average cost. */
  unitCost?: string | undefined;
}

export interface AdjustmentInput {
  warehouseId?: string | undefined;
  reason: AdjustmentReason;
  note?: string | undefined;
  adjustedOn: string;
  lines: AdjustmentLineInput[];
}

/** A stocked product that exists, with a quantity its unit allows. */
export function assertStockableQuantity(
  product: ProductRow | undefined,
  quantity: string,
  path: string,
): asserts product {
  assertQuantityFitsUnit(product, quantity, path);
  if (product.type === 'service') invalidField(`${path}.productId`, `${product.sku} is a service and carries no stock`);
}

/**
 * What an adjustment would do, line by line: the quantity on hand before and after and the cost
 * each unit moves at, checked as posting checks it. The rows it reads are locked until the
 * transaction ends, so posting moves exactly what was planned.
 */
export async function planAdjustment(ctx: TenantContext, input: AdjustmentInput) {
  const { warehouseId, stockLocationId } = await warehouseStockLocation(ctx, input.warehouseId);
  const lineLocations = new Map<number, string>();
  for (const [i, line] of input.lines.entries()) {
    if (!line.locationId || line.locationId === stockLocationId) continue;
    const location = await stockHoldingLocation(ctx, line.locationId, `lines.${i}.locationId`);
    if (location.warehouseId !== warehouseId) {
      invalidField(`lines.${i}.locationId`, 'The location is not in the adjustment’s warehouse');
    }
    lineLocations.set(i, location.id);
  }
  const locationOf = (i: number) => lineLocations.get(i) ?? stockLocationId;
  const keyOf = (locationId: string, productId: string, lotId: string | null | undefined) =>
    `${locationId}|${productId}|${lotId ?? ''}`;
  const seen = new Set<string>();
  for (const [i, line] of input.lines.entries()) {
    const key = keyOf(locationOf(i), line.productId, line.lotId);
    if (seen.has(key))
      invalidField(`lines.${i}.productId`, 'The product (and lot, location) is on another line already');
    seen.add(key);
    if ((line.countedQuantity === undefined) === (line.quantityChange === undefined)) {
      invalidField(`lines.${i}`, 'Give either countedQuantity or quantityChange');
    }
  }
  const products = await productsById(
    ctx,
    input.lines.map((l) => l.productId),
  );
  const current = await queryRows<{ location_id: string; product_id: string; lot_id: string | null; on_hand: string }>(
    ctx.tx,
    sql`select location_id, product_id, lot_id, on_hand from stock_levels
        where tenant_id = ${ctx.tenantId}
          and location_id = any(${sql.param([...new Set(input.lines.map((_, i) => locationOf(i)))])}::uuid[])
          and product_id = any(${sql.param(input.lines.map((l) => l.productId))}::uuid[])
        order by product_id, location_id, lot_id nulls first for update`,
  );
  const onHand = new Map(
    current.map((row) => [keyOf(row.location_id, row.product_id, row.lot_id), new Exact(row.on_hand)]),
  );
  const costs = await currentUnitCosts(ctx, [...products.values()]);
  const lines = input.lines.map((line, i) => {
    const product = products.get(line.productId);
    const locationId = locationOf(i);
    const before = onHand.get(keyOf(locationId, line.productId, line.lotId)) ?? new Exact(0);
    const after =
      line.countedQuantity !== undefined ? new Exact(line.countedQuantity) : before.plus(line.quantityChange!);
    assertStockableQuantity(product, line.countedQuantity ?? line.quantityChange!, `lines.${i}`);
    if (after.lt(0)) invalidField(`lines.${i}`, `${product.sku} would fall to ${after.toFixed()} on hand`);
    return {
      product,
      locationId,
      lotId: line.lotId ?? null,
      reason: line.reason ?? input.reason,
      before,
      after,
      unitCost: line.unitCost ?? costs.get(product.id)!,
    };
  });

  return { warehouseId, products, lines };
}
