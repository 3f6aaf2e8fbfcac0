import { and, eq, sql } from 'drizzle-orm';
import { queryOne, queryRows, type TenantContext } from '../../../db/database.ts';
import { keyset, toPage } from '../../../platform/http/pagination.ts';
import { Exact } from '../../../platform/money.ts';
import { productsWithReorderPoint, type StockFigures } from '../../catalog/index.ts';
import { locations, stockAdjustmentLines, stockAdjustments } from '../schema.ts';

/** On hand, reserved and available per product, over every internal location (or one warehouse). */
export async function stockFigures(
  ctx: TenantContext,
  productIds: readonly string[],
  warehouseId?: string,
): Promise<Map<string, StockFigures>> {
  if (productIds.length === 0) return new Map();
  const rows = await queryRows<{ product_id: string; on_hand: string; reserved: string }>(
    ctx.tx,
    sql`select l.product_id, trim_scale(sum(l.on_hand))::text as on_hand, trim_scale(sum(l.reserved))::text as reserved
        from stock_levels l
        ${warehouseId ? sql`join locations loc on loc.tenant_id = l.tenant_id and loc.id = l.location_id and loc.warehouse_id = ${warehouseId}` : sql``}
        where l.tenant_id = ${ctx.tenantId} and l.product_id = any(${sql.param([...productIds])}::uuid[])
        group by l.product_id`,
  );
  return new Map(
    rows.map((row) => [
      row.product_id,
      { onHand: row.on_hand, reserved: row.reserved, available: new Exact(row.on_hand).minus(row.reserved).toFixed() },
    ]),
  );
}

export async function productHasMoves(ctx: TenantContext, productId: string): Promise<boolean> {
  const row = await queryOne<{ used: boolean }>(
    ctx.tx,
    sql`select exists (select 1 from stock_moves where tenant_id = ${ctx.tenantId} and product_id = ${productId}) as used`,
  );
  return row?.used ?? false;
}

/** Where a product is: its stock per location (all lots together), empty locations left out. */
export function stockByLocation(ctx: TenantContext, productId: string) {
  return queryRows<{
    locationId: string;
    locationCode: string;
    locationName: string;
    onHand: string;
    reserved: string;
  }>(
    ctx.tx,
    sql`select l.location_id as "locationId", loc.code as "locationCode", loc.name as "locationName",
               trim_scale(sum(l.on_hand))::text as "onHand", trim_scale(sum(l.reserved))::text as reserved
        from stock_levels l join locations loc on loc.tenant_id = l.tenant_id and loc.id = l.location_id
        where l.tenant_id = ${ctx.tenantId} and l.product_id = ${productId}
        group by l.location_id, loc.code, loc.name
        having sum(l.on_hand) <> 0
        order by loc.code`,
  );
}

export interface LowStockItem {
  productId: string;
  sku: string;
  name: string;
  unitOfMeasure: string;
  reorderPoint: string;
  reorderQuantity: string;
  onHand: string;
  available: string;
}

/** Active products whose available stock is below their reorder point, the emptiest first. */
export async function lowStock(ctx: TenantContext): Promise<LowStockItem[]> {
  const candidates = await productsWithReorderPoint(ctx);
  const figures = await stockFigures(
    ctx,
    candidates.filter((p) => p.type !== 'service').map((p) => p.id),
  );
  return candidates
    .filter((p) => p.type !== 'service')
    .map((p) => {
      const f = figures.get(p.id) ?? { onHand: '0', reserved: '0', available: '0' };
      return {
        productId: p.id,
        sku: p.sku,
        name: p.name,
        unitOfMeasure: p.unitOfMeasure,
        reorderPoint: p.reorderPoint,
        reorderQuantity: p.reorderQuantity,
        onHand: f.onHand,
        available: f.available,
      };
    })
    .filter((item) => new Exact(item.available).lt(item.reorderPoint))
    .sort((a, b) => new Exact(a.available).div(a.reorderPoint).cmp(new Exact(b.available).div(b.reorderPoint)));
}

export async function listAdjustments(ctx: TenantContext, filter: { cursor?: string | undefined; limit: number }) {
  const page = keyset({
    key: stockAdjustments.createdAt,
    id: stockAdjustments.id,
    descending: true,
    cursor: filter.cursor,
    keyType: 'timestamp',
  });
  const rows = await ctx.tx
    .select()
    .from(stockAdjustments)
    .where(and(eq(stockAdjustments.tenantId, ctx.tenantId), page.where))
    .orderBy(...page.orderBy)
    .limit(filter.limit + 1);
  return toPage(rows, filter.limit, (last) => [last.createdAt.toISOString(), last.id]);
}

export async function getAdjustment(ctx: TenantContext, id: string) {
  const [adjustment] = await ctx.tx
    .select()
    .from(stockAdjustments)
    .where(and(eq(stockAdjustments.tenantId, ctx.tenantId), eq(stockAdjustments.id, id)));
  if (!adjustment) return undefined;
  const lines = await ctx.tx
    .select({
      lineNo: stockAdjustmentLines.lineNo,
      productId: stockAdjustmentLines.productId,
      locationId: stockAdjustmentLines.locationId,
      locationCode: locations.code,
      lotId: stockAdjustmentLines.lotId,
      reason: stockAdjustmentLines.reason,
      quantityBefore: stockAdjustmentLines.quantityBefore,
      quantityAfter: stockAdjustmentLines.quantityAfter,
      unitCost: stockAdjustmentLines.unitCost,
    })
    .from(stockAdjustmentLines)
    .innerJoin(
      locations,
      and(eq(locations.tenantId, stockAdjustmentLines.tenantId), eq(locations.id, stockAdjustmentLines.locationId)),
    )
    .where(and(eq(stockAdjustmentLines.tenantId, ctx.tenantId), eq(stockAdjustmentLines.adjustmentId, id)))
    .orderBy(stockAdjustmentLines.lineNo);
  return { ...adjustment, lines };
}

/** The stock documents (deliveries, returns) made for a source document, oldest first. */
export function operationsOfSource(ctx: TenantContext, source: { type: string; id: string }) {
  return queryRows<{ id: string; number: string; type: string; operationDate: string; value: string }>(
    ctx.tx,
    sql`select o.id, o.number, o.type, o.operation_date::text as "operationDate",
               trim_scale(coalesce((select sum(value) from stock_operation_lines l
                                    where l.tenant_id = o.tenant_id and l.operation_id = o.id), 0))::text as value
        from stock_operations o
        where o.tenant_id = ${ctx.tenantId} and o.source_type = ${source.type} and o.source_id = ${source.id}
        order by o.created_at, o.id`,
  );
}
