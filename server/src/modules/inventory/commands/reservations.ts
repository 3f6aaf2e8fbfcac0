import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { decimalText, isoText } from '../../../db/sql-fragments.ts';
import { InsufficientStock } from '../errors.ts';
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
      select l.id, l.product_id, l.on_hand - l.reserved as available
      from stock_levels l join ${demand} d on d.product_id = l.product_id
      where l.tenant_id = ${ctx.tenantId} and l.location_id = (select id from location) and l.lot_id is null
      order by l.product_id
      for update of l
    ), reserved as (
      update stock_levels l set reserved = l.reserved + d.quantity, updated_at = now()
      from locked k join ${demand} d on d.product_id = k.product_id
      where l.tenant_id = ${ctx.tenantId} and l.id = k.id and k.available >= d.quantity
      returning l.product_id, d.quantity
    ), recorded as (
      insert into stock_reservations (tenant_id, id, product_id, location_id, quantity, source_type, source_id)
      select ${ctx.tenantId}, uuid_v7(), product_id, (select id from location), quantity, ${options.sourceType}, ${options.sourceId}
      from reserved
    ), reservation_outcome as (
      select d.product_id as "productId", (select id from location) as "locationId",
             (select code from location) as "locationCode", ${decimalText(sql`d.quantity`)} as quantity,
             ${decimalText(sql`d.quantity`)} as requested, ${decimalText(sql`coalesce(k.available, 0)`)} as available,
             coalesce(k.available, 0) >= d.quantity as reserved, ${isoText(sql`now()`)} as "createdAt"
      from ${demand} d left join locked k on k.product_id = d.product_id
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
  return outcome.map(({ productId, locationId, locationCode, quantity, createdAt }) => ({
    productId,
    locationId,
    locationCode,
    quantity,
    createdAt,
  }));
}

/** Reserves a document's demand in a warehouse, all or nothing (see `reserveStockCtes`). */
export async function reserveStock(
  ctx: TenantContext,
  source: ReservationSource,
  warehouseId: string,
  demand: readonly StockDemand[],
): Promise<Reservation[]> {
  if (demand.length === 0) return [];
  const outcome = await ctx.prepared<ReservationOutcome>(
    'inventory.reserve_stock',
    sql`with demand as (
          select product_id, sum(quantity) as quantity
          from unnest(${sql.param(demand.map((d) => d.productId))}::uuid[],
                      ${sql.param(demand.map((d) => d.quantity))}::numeric[]) as d(product_id, quantity)
          group by product_id
        ), ${reserveStockCtes(ctx, { demand: 'demand', warehouseId: sql`${warehouseId}::uuid`, sourceType: source.type, sourceId: sql`${source.id}::uuid` })}
        select * from reservation_outcome order by "productId"`,
  );
  return reservationsOrShortage(ctx, outcome);
}

/** Gives back everything reserved for the document; releasing twice releases nothing more. */
export async function releaseReservations(ctx: TenantContext, source: ReservationSource): Promise<void> {
  await ctx.tx.execute(
    sql`with released as (
          delete from stock_reservations
          where tenant_id = ${ctx.tenantId} and source_type = ${source.type} and source_id = ${source.id}
          returning product_id, location_id, quantity
        ), per_level as (
          select product_id, location_id, sum(quantity) as quantity from released group by product_id, location_id
        ), locked as materialized (
          select l.id, r.quantity
          from stock_levels l join per_level r on r.product_id = l.product_id and r.location_id = l.location_id
          where l.tenant_id = ${ctx.tenantId} and l.lot_id is null
          order by l.product_id, l.location_id
          for update of l
        )
        update stock_levels l set reserved = l.reserved - k.quantity, updated_at = now()
        from locked k
        where l.tenant_id = ${ctx.tenantId} and l.id = k.id`,
  );
}

export function listReservations(ctx: TenantContext, source: ReservationSource): Promise<Reservation[]> {
  return queryRows<Reservation>(
    ctx.tx,
    sql`select r.product_id as "productId", r.location_id as "locationId", l.code as "locationCode",
               ${decimalText(sql`r.quantity`)} as quantity, ${isoText(sql`r.created_at`)} as "createdAt"
        from stock_reservations r join locations l on l.tenant_id = r.tenant_id and l.id = r.location_id
        where r.tenant_id = ${ctx.tenantId} and r.source_type = ${source.type} and r.source_id = ${source.id}
        order by r.product_id`,
  );
}
