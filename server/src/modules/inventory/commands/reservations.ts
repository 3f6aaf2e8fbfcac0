import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { decimalText, isoText } from '../../../db/sql-fragments.ts';
import { Conflict } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
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
  const released = await queryRows<{ product_id: string }>(
    ctx.tx,
    sql`with released as (
          delete from stock_reservations
          where tenant_id = ${ctx.tenantId} and source_type = ${source.type} and source_id = ${source.id}
          returning product_id, location_id, lot_id, quantity
        ), per_level as (
          select product_id, location_id, lot_id, sum(quantity) as quantity from released
          group by product_id, location_id, lot_id
        ), locked as materialized (
          select l.id, r.quantity
          from stock_levels l
          join per_level r on r.product_id = l.product_id and r.location_id = l.location_id
            and r.lot_id is not distinct from l.lot_id
          where l.tenant_id = ${ctx.tenantId}
          order by l.product_id, l.location_id, l.lot_id nulls first
          for update of l
        )
        update stock_levels l set reserved = l.reserved - k.quantity, updated_at = now()
        from locked k
        where l.tenant_id = ${ctx.tenantId} and l.id = k.id
        returning l.product_id`,
  );
  noteStockChange(
    ctx,
    released.map((r) => r.product_id),
  );
}

export interface Pick {
  lotId: string | null;
  quantity: string;
}

interface ReservedRow {
  id: string;
  location_id: string;
  lot_id: string | null;
  quantity: string;
  expiry_date: string | null;
}

/**
 * Takes `quantity` of a product out of a document's reservation, for a delivery: by default the
 * reserved lots, earliest expiry first; or the lots the picker names. A named lot that was not
 * reserved must be free, and as much is released from the document's other reserved lots, so the
 * reservation always shrinks by exactly what leaves. Returns what to move, lot by lot; the
 * caller moves it out of the location with postStockMoves.
 */
export async function takeFromReservation(
  ctx: TenantContext,
  source: ReservationSource,
  product: { id: string; sku: string },
  quantity: string,
  namedLots?: readonly Pick[],
): Promise<{ locationId: string; picks: Pick[] }> {
  const reserved = await queryRows<ReservedRow>(
    ctx.tx,
    sql`select r.id, r.location_id, r.lot_id, r.quantity, lots.expiry_date
        from stock_reservations r left join lots on lots.tenant_id = r.tenant_id and lots.id = r.lot_id
        where r.tenant_id = ${ctx.tenantId} and r.source_type = ${source.type} and r.source_id = ${source.id}
          and r.product_id = ${product.id}
        order by lots.expiry_date nulls last, r.lot_id nulls first
        for update of r`,
  );
  const wanted = new Exact(quantity);
  const total = reserved.reduce((sum, r) => sum.plus(r.quantity), new Exact(0));
  if (reserved.length === 0 || total.lt(wanted)) {
    throw new Conflict('not_reserved', `Only ${total.toFixed()} of ${product.sku} is reserved for this document`, {
      productId: product.id,
      reserved: total.toFixed(),
      requested: wanted.toFixed(),
    });
  }
  const locationId = reserved[0]!.location_id;
  const remaining = new Map(reserved.map((r) => [r.lot_id, new Exact(r.quantity)]));
  const picks: Pick[] = namedLots?.length
    ? namedLots.map((l) => ({ lotId: l.lotId, quantity: new Exact(l.quantity).toFixed() }))
    : fefo(reserved, wanted);
  // From the reservation: each pick's own lot first, the rest from the other reserved lots.
  const releasedFrom = new Map<string | null, Exact>();
  const release = (lotId: string | null, amount: Exact) => {
    remaining.set(lotId, remaining.get(lotId)!.minus(amount));
    releasedFrom.set(lotId, (releasedFrom.get(lotId) ?? new Exact(0)).plus(amount));
  };
  const unreservedPicks: Pick[] = [];
  for (const pick of picks) {
    const own = Exact.min(remaining.get(pick.lotId) ?? new Exact(0), pick.quantity);
    if (own.gt(0)) release(pick.lotId, own);
    const rest = new Exact(pick.quantity).minus(own);
    if (rest.gt(0)) unreservedPicks.push({ lotId: pick.lotId, quantity: rest.toFixed() });
  }
  let swapped = unreservedPicks.reduce((sum, p) => sum.plus(p.quantity), new Exact(0));
  for (const row of reserved) {
    if (swapped.isZero()) break;
    const amount = Exact.min(remaining.get(row.lot_id)!, swapped);
    if (amount.gt(0)) release(row.lot_id, amount);
    swapped = swapped.minus(amount);
  }
  const releases = [...releasedFrom.entries()].filter(([, amount]) => amount.gt(0));
  await ctx.tx.execute(
    sql`with released as (
          select lot_id, amount from unnest(${sql.param(releases.map(([lot]) => lot))}::uuid[],
                                            ${sql.param(releases.map(([, amount]) => amount.toFixed()))}::numeric[]) as r(lot_id, amount)
        ), locked as materialized (
          select l.id, r.amount from stock_levels l join released r on l.lot_id is not distinct from r.lot_id
          where l.tenant_id = ${ctx.tenantId} and l.product_id = ${product.id} and l.location_id = ${locationId}
          order by l.lot_id nulls first for update of l
        ), levels as (
          update stock_levels l set reserved = l.reserved - k.amount, updated_at = now()
          from locked k where l.tenant_id = ${ctx.tenantId} and l.id = k.id
        ), shrunk as (
          update stock_reservations s set quantity = s.quantity - r.amount
          from released r
          where s.tenant_id = ${ctx.tenantId} and s.source_type = ${source.type} and s.source_id = ${source.id}
            and s.product_id = ${product.id} and s.lot_id is not distinct from r.lot_id and s.quantity > r.amount
        )
        delete from stock_reservations s using released r
        where s.tenant_id = ${ctx.tenantId} and s.source_type = ${source.type} and s.source_id = ${source.id}
          and s.product_id = ${product.id} and s.lot_id is not distinct from r.lot_id and s.quantity <= r.amount`,
  );
  return { locationId, picks };
}

function fefo(reserved: readonly ReservedRow[], wanted: Exact): Pick[] {
  const picks: Pick[] = [];
  let left = wanted;
  for (const row of reserved) {
    if (left.isZero()) break;
    const take = Exact.min(row.quantity, left);
    picks.push({ lotId: row.lot_id, quantity: take.toFixed() });
    left = left.minus(take);
  }
  return picks;
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
