import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
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

/**
 * Reserves the demand of a whole document in a warehouse's stock location, or nothing. Demand
 * lines for the same product count together. One statement: it locks the balances in product
 * order (no deadlock between two documents), reserves where on hand minus reserved covers the
 * demand, records the reservations and returns what is short; any shortage throws, and the
 * caller's transaction rolls back every reservation it made.
 */
export async function reserveStock(
  ctx: TenantContext,
  source: ReservationSource,
  warehouseId: string,
  demand: readonly StockDemand[],
): Promise<void> {
  if (demand.length === 0) return;
  const short = await queryRows<{ product_id: string; requested: string; available: string }>(
    ctx.tx,
    sql`with location as (
          select id from locations where tenant_id = ${ctx.tenantId} and warehouse_id = ${warehouseId} and is_default
        ), demand as (
          select product_id, sum(quantity) as quantity
          from unnest(${sql.param(demand.map((d) => d.productId))}::uuid[],
                      ${sql.param(demand.map((d) => d.quantity))}::numeric[]) as d(product_id, quantity)
          group by product_id
        ), locked as materialized (
          select l.id, l.product_id, l.on_hand - l.reserved as available
          from stock_levels l join demand d on d.product_id = l.product_id
          where l.tenant_id = ${ctx.tenantId} and l.location_id = (select id from location) and l.lot_id is null
          order by l.product_id
          for update of l
        ), reserved as (
          update stock_levels l set reserved = l.reserved + d.quantity, updated_at = now()
          from locked k join demand d on d.product_id = k.product_id
          where l.tenant_id = ${ctx.tenantId} and l.id = k.id and k.available >= d.quantity
          returning l.product_id, d.quantity
        ), recorded as (
          insert into stock_reservations (tenant_id, id, product_id, location_id, quantity, source_type, source_id)
          select ${ctx.tenantId}, uuid_v7(), product_id, (select id from location), quantity, ${source.type}, ${source.id}
          from reserved
        )
        select d.product_id, trim_scale(d.quantity)::text as requested, trim_scale(coalesce(k.available, 0))::text as available
        from demand d left join locked k on k.product_id = d.product_id
        where coalesce(k.available, 0) < d.quantity
        order by d.product_id`,
  );
  if (short.length > 0) {
    throw new InsufficientStock(
      await shortagesWithNames(
        ctx,
        short.map((s) => ({ productId: s.product_id, requested: s.requested, available: s.available })),
      ),
    );
  }
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

export interface ReservationView {
  productId: string;
  locationId: string;
  locationCode: string;
  quantity: string;
  createdAt: string;
}

export function listReservations(ctx: TenantContext, source: ReservationSource): Promise<ReservationView[]> {
  return queryRows<ReservationView>(
    ctx.tx,
    sql`select r.product_id as "productId", r.location_id as "locationId", l.code as "locationCode",
               trim_scale(r.quantity)::text as quantity, to_json(r.created_at)#>>'{}' as "createdAt"
        from stock_reservations r join locations l on l.tenant_id = r.tenant_id and l.id = r.location_id
        where r.tenant_id = ${ctx.tenantId} and r.source_type = ${source.type} and r.source_id = ${source.id}
        order by r.product_id`,
  );
}
