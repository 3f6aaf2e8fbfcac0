import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { Conflict } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import type { ReservationSource } from './reservations.ts';

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

export interface ReservationTake {
  product: { id: string; sku: string };
  quantity: string;
  /** The lots the picker names; by default the reserved ones, earliest expiry first. */
  namedLots?: readonly Pick[] | undefined;
}

interface Release {
  productId: string;
  locationId: string;
  lotId: string | null;
  amount: Exact;
}

/**
 * Takes each product's `quantity` out of a document's reservation, for a delivery: by default the
 * reserved lots, earliest expiry first; or the lots the picker names. A named lot that was not
 * reserved must be free, and as much is released from the document's other reserved lots, so the
 * reservation always shrinks by exactly what leaves. Returns, per product, what to move lot by
 * lot; the caller moves it out of the location with postStockMoves. Reservations and balances
 * are locked in product order, in one statement each for all the products.
 */
export async function takeFromReservation(
  ctx: TenantContext,
  source: ReservationSource,
  takes: readonly ReservationTake[],
): Promise<Map<string, { locationId: string; picks: Pick[] }>> {
  const reservedRows = await queryRows<ReservedRow & { product_id: string }>(
    ctx.tx,
    sql`select r.id, r.product_id, r.location_id, r.lot_id, r.quantity, lots.expiry_date
        from stock_reservations r left join lots on lots.tenant_id = r.tenant_id and lots.id = r.lot_id
        where r.tenant_id = ${ctx.tenantId} and r.source_type = ${source.type} and r.source_id = ${source.id}
          and r.product_id = any(${sql.param(takes.map((t) => t.product.id))}::uuid[])
        order by r.product_id, lots.expiry_date nulls last, r.lot_id nulls first
        for update of r`,
  );
  const taken = new Map<string, { locationId: string; picks: Pick[] }>();
  const releases: Release[] = [];
  for (const { product, quantity, namedLots } of [...takes].sort((a, b) => (a.product.id < b.product.id ? -1 : 1))) {
    const reserved = reservedRows.filter((r) => r.product_id === product.id);
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
    for (const [lotId, amount] of releasedFrom) {
      if (amount.gt(0)) releases.push({ productId: product.id, locationId, lotId, amount });
    }
    taken.set(product.id, { locationId, picks });
  }
  const column = <T>(pick: (r: Release) => T) => sql.param(releases.map(pick));
  await ctx.tx.execute(
    sql`with released as (
          select product_id, location_id, lot_id, amount
          from unnest(${column((r) => r.productId)}::uuid[], ${column((r) => r.locationId)}::uuid[],
                      ${column((r) => r.lotId)}::uuid[], ${column((r) => r.amount.toFixed())}::numeric[])
               as r(product_id, location_id, lot_id, amount)
        ), locked as materialized (
          select l.id, r.amount from stock_levels l
          join released r on l.product_id = r.product_id and l.location_id = r.location_id
                         and l.lot_id is not distinct from r.lot_id
          where l.tenant_id = ${ctx.tenantId}
          order by l.product_id, l.lot_id nulls first for update of l
        ), levels as (
          update stock_levels l set reserved = l.reserved - k.amount, updated_at = now()
          from locked k where l.tenant_id = ${ctx.tenantId} and l.id = k.id
        ), shrunk as (
          update stock_reservations s set quantity = s.quantity - r.amount
          from released r
          where s.tenant_id = ${ctx.tenantId} and s.source_type = ${source.type} and s.source_id = ${source.id}
            and s.product_id = r.product_id and s.lot_id is not distinct from r.lot_id and s.quantity > r.amount
        )
        delete from stock_reservations s using released r
        where s.tenant_id = ${ctx.tenantId} and s.source_type = ${source.type} and s.source_id = ${source.id}
          and s.product_id = r.product_id and s.lot_id is not distinct from r.lot_id and s.quantity <= r.amount`,
  );
  return taken;
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
