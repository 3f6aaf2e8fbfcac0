import type { TenantContext } from '../../../db/database.ts';
import { BusinessRuleViolation } from '../../../platform/errors.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { productsById, productsInCategories } from '../../catalog/index.ts';
import { type CountableLocation, countableWarehouse, currentUnitCosts, stockLevelsIn } from '../../inventory/index.ts';
import type { StockCountRow } from '../queries/stock-count-queries.ts';
import { stockCountLines } from '../schema.ts';
import { stockCountFlow } from '../stock-count.workflow.ts';
import { countFor } from './lock-stock-count.ts';

/** The locations a count covers: its zones and locations, or the whole warehouse when it names none. */
export async function countLocations(ctx: TenantContext, count: StockCountRow): Promise<CountableLocation[]> {
  const warehouse = await countableWarehouse(ctx, count.warehouseId);
  if (!warehouse) {
    throw new BusinessRuleViolation('warehouse_inactive', `${count.warehouseName} is deactivated; reactivate it first`);
  }
  if (count.zoneIds.length === 0 && count.locationIds.length === 0) return warehouse.locations;
  return warehouse.locations.filter(
    (l) => count.locationIds.includes(l.id) || (l.zoneId !== null && count.zoneIds.includes(l.zoneId)),
  );
}

/** The products a count is limited to by its categories; undefined when it covers every product. */
export async function countProducts(ctx: TenantContext, count: StockCountRow): Promise<Set<string> | undefined> {
  if (count.categoryIds.length === 0) return undefined;
  return new Set((await productsInCategories(ctx, count.categoryIds)).productIds);
}

/**
 * Scheduled → counting. Takes the snapshot: the system quantity of every product, location and
 * lot in scope, with the product's unit cost at this moment. Variances are measured against it,
 * so stock that moves while people count is not lost when the count posts.
 */
export async function startStockCount(ctx: TenantContext, id: string): Promise<void> {
  const count = await countFor(ctx, id, 'start');
  const locations = await countLocations(ctx, count);
  const productScope = await countProducts(ctx, count);
  const levels =
    locations.length === 0 || productScope?.size === 0
      ? []
      : await stockLevelsIn(
          ctx,
          locations.map((l) => l.id),
          productScope ? [...productScope] : undefined,
        );
  const products = await productsById(
    ctx,
    levels.map((l) => l.productId),
  );
  const costs = await currentUnitCosts(ctx, [...products.values()]);
  const lines = levels
    .map((level) => ({ level, product: products.get(level.productId)! }))
    .filter(({ product }) => product.type !== 'service')
    .sort(
      (a, b) =>
        a.level.locationCode.localeCompare(b.level.locationCode) ||
        a.product.sku.localeCompare(b.product.sku) ||
        (a.level.lotNumber ?? '').localeCompare(b.level.lotNumber ?? ''),
    );
  if (lines.length > 0) {
    await ctx.tx.insert(stockCountLines).values(
      lines.map(({ level, product }, i) => ({
        tenantId: ctx.tenantId,
        countId: id,
        lineNo: i + 1,
        productId: product.id,
        locationId: level.locationId,
        lotId: level.lotId,
        sku: product.sku,
        productName: product.name,
        barcode: product.barcode,
        unitOfMeasure: product.unitOfMeasure,
        locationCode: level.locationCode,
        lotNumber: level.lotNumber,
        systemQuantity: level.onHand,
        unitCost: costs.get(product.id)!,
      })),
    );
  }
  await applyTransition(ctx, stockCountFlow, count, 'start', {
    audit: { lines: lines.length, locations: locations.length },
  });
}
