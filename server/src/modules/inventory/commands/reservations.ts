import { type SQL, sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { decimalText, isoText } from '../../../db/sql-fragments.ts';
import { InsufficientStock } from '../errors.ts';
import { noteStockChange } from './low-stock-alerts.ts';
import { shortagesWithNames } from './post-stock-moves.ts';

export interface StockDemand {
  productId: string;
  quantity: string;
}

export interface ReservationSource {
  type: string;
  id: string;
}

export interface Reservation {
  productId: string;
  locationId: string;
  locationCode: string;
  quantity: string;
  createdAt: string;
}

/** One row per demanded product of `reserveStockCtes`: what was asked, what was free, whether reserved. */
export interface ReservationOutcome extends Reservation {
  requested: string;
  available: string;
  reserved: boolean;
}

/**
 * The reservation as CTEs, for a caller's own statement: reserves the rows of the CTE named
 * `demand` (product_id, quantity; one row per product) in the warehouse's stock location, all or
 * nothing, and defines `reservation_outcome` with one ReservationOutcome per product. The
 * balances are locked in product order, so two documents never deadlock; a product is reserved
 * only where on hand minus reserved covers it, and the caller rolls back when any is short.
 */
export function reserveStockCtes(
  ctx: TenantContext,
  options: { demand: string; warehouseId: SQL; sourceType: string; sourceId: SQL },
): SQL {
  const demand = sql.identifier(options.demand);
  return sql`location as (
      select id, code from locations where tenant_id = ${ctx.tenantId} and warehouse_id = ${options.warehouseId} and is_default
    ), locked as materialized (
      select l.id, l.product_id, l.lot_id, l.on_hand - l.reserved as available
      from stock_levels l join ${demand} d on d.product_id = l.product_id
      where l.tenant_id = ${ctx.tenantId} and l.location_id = (select id from location)
      order by l.product_id, l.lot_id nulls first
      for update of l
    ), per_product as (
      select product_id, sum(available) as available from locked group by product_id
    ), allocated as (
      select k.id, k.product_id, k.lot_id,
             least(k.available, greatest(d.quantity - coalesce(sum(k.available) over (
               partition by k.product_id order by lots.expiry_date nulls last, k.lot_id nulls first
               rows between unbounded preceding and 1 preceding), 0), 0)) as take
      from locked k
      join ${demand} d on d.product_id = k.product_id
      join per_product p on p.product_id = k.product_id and p.available >= d.quantity
      left join lots on lots.tenant_id = ${ctx.tenantId} and lots.id = k.lot_id
    ), reserved as (
      update stock_levels l set reserved = l.reserved + a.take, updated_at = now()
      from allocated a
      where l.tenant_id = ${ctx.tenantId} and l.id = a.id and a.take > 0
      returning l.product_id, l.lot_id, a.take
    ), recorded as (
      insert into stock_reservations (tenant_id, id, product_id, location_id, lot_id, quantity, source_type, source_id)
      select ${ctx.tenantId}, uuid_v7(), product_id, (select id from location), lot_id, take, ${options.sourceType}, ${options.sourceId}
      from reserved
    ), reservation_outcome as (
      select d.product_id as "productId", (select id from location) as "locationId",
             (select code from location) as "locationCode", ${decimalText(sql`d.quantity`)} as quantity,
             ${decimalText(sql`d.quantity`)} as requested, ${decimalText(sql`coalesce(p.available, 0)`)} as available,
             coalesce(p.available, 0) >= d.quantity as reserved, ${isoText(sql`now()`)} as "createdAt"
      from ${demand} d left join per_product p on p.product_id = d.product_id
    )`;
}

/** Throws for the short products of an outcome; returns the reservations otherwise. */
export async function reservationsOrShortage(
  ctx: TenantContext,
  outcome: readonly ReservationOutcome[],
): Promise<Reservation[]> {
  const short = outcome
    .filter((row) => !row.reserved)
    .map(({ productId, requested, available }) => ({ productId, requested, available }));
  if (short.length > 0) throw new InsufficientStock(await shortagesWithNames(ctx, short));
  noteStockChange(
    ctx,
    outcome.map((row) => row.productId),
  );
  return outcome.map(({ productId, locationId, locationCode, quantity, createdAt }) => ({
    productId,
    locationId,
    locationCode,
    quantity,
    createdAt,
  }));
}
