import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type TenantContext } from '../../../db/database.ts';
import { decimalText } from '../../../db/sql-fragments.ts';

export interface CountableLocation {
  id: string;
  code: string;
  name: string;
  zoneId: string | null;
  /** The warehouse's main stock location. */
  isDefault: boolean;
}

/**
 * What a stock count of a warehouse can cover: the warehouse (if active), its zones, and its
 * active locations that hold stock. A count narrows these to some zones or locations.
 */
export async function countableWarehouse(ctx: TenantContext, warehouseId: string) {
  const warehouse = await queryOne<{ id: string; code: string; name: string }>(
    ctx.tx,
    sql`select id, code, name from warehouses where tenant_id = ${ctx.tenantId} and id = ${warehouseId} and active`,
  );
  if (!warehouse) return undefined;
  const zones = await queryRows<{ id: string; code: string; name: string }>(
    ctx.tx,
    sql`select id, code, name from zones where tenant_id = ${ctx.tenantId} and warehouse_id = ${warehouseId} order by code`,
  );
  const locations = await queryRows<CountableLocation>(
    ctx.tx,
    sql`select id, code, name, zone_id as "zoneId", is_default as "isDefault" from locations
        where tenant_id = ${ctx.tenantId} and warehouse_id = ${warehouseId} and active
        order by code`,
  );
  return { ...warehouse, zones, locations };
}

export interface StockLevelSnapshot {
  productId: string;
  locationId: string;
  locationCode: string;
  lotId: string | null;
  lotNumber: string | null;
  onHand: string;
}

/**
 * On hand per product, location and lot in some locations (optionally of some products), the
 * empty balances left out: the system quantities a stock count starts from. One statement, so
 * the figures are consistent with each other.
 */
export function stockLevelsIn(
  ctx: TenantContext,
  locationIds: readonly string[],
  productIds?: readonly string[],
): Promise<StockLevelSnapshot[]> {
  return queryRows<StockLevelSnapshot>(
    ctx.tx,
    sql`select l.product_id as "productId", l.location_id as "locationId", loc.code as "locationCode",
               l.lot_id as "lotId", lot.number as "lotNumber", ${decimalText(sql`l.on_hand`)} as "onHand"
        from stock_levels l
        join locations loc on loc.tenant_id = l.tenant_id and loc.id = l.location_id
        left join lots lot on lot.tenant_id = l.tenant_id and lot.id = l.lot_id
        where l.tenant_id = ${ctx.tenantId} and l.on_hand > 0
          and l.location_id = any(${sql.param([...locationIds])}::uuid[])
          ${productIds ? sql`and l.product_id = any(${sql.param([...productIds])}::uuid[])` : sql``}
        order by loc.code, l.product_id, lot.number nulls first`,
  );
}

export interface LevelKey {
  productId: string;
  locationId: string;
  lotId: string | null;
}

/**
 * On hand and reserved now for some balances (missing ones are zero). With `lock`, the rows are
 * locked in the order every stock command takes them (product, location, lot).
 */
export async function stockLevelsOf(ctx: TenantContext, keys: readonly LevelKey[], lock = false) {
  if (keys.length === 0) return [];
  const column = <T>(pick: (k: LevelKey) => T) => sql.param(keys.map(pick));
  return queryRows<LevelKey & { onHand: string; reserved: string }>(
    ctx.tx,
    sql`select l.product_id as "productId", l.location_id as "locationId", l.lot_id as "lotId",
               ${decimalText(sql`l.on_hand`)} as "onHand", ${decimalText(sql`l.reserved`)} as reserved
        from stock_levels l
        join unnest(${column((k) => k.productId)}::uuid[], ${column((k) => k.locationId)}::uuid[],
                    ${column((k) => k.lotId)}::uuid[]) as k(product_id, location_id, lot_id)
          on l.product_id = k.product_id and l.location_id = k.location_id and l.lot_id is not distinct from k.lot_id
        where l.tenant_id = ${ctx.tenantId}
        order by l.product_id, l.location_id, l.lot_id nulls first
        ${lock ? sql`for update of l` : sql``}`,
  );
}

/** A lot or serial number of a product, by id or by number. */
export function lotOfProduct(ctx: TenantContext, productId: string, lot: { id?: string; number?: string }) {
  return queryOne<{ id: string; number: string }>(
    ctx.tx,
    sql`select id, number from lots
        where tenant_id = ${ctx.tenantId} and product_id = ${productId}
          and ${lot.id ? sql`id = ${lot.id}` : sql`lower(number) = lower(${lot.number ?? ''})`}`,
  );
}
