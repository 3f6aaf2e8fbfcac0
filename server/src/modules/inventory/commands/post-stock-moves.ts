import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { Exact } from '../../../platform/money.ts';
import { getProductsByIds } from '../../catalog/index.ts';
import { InsufficientStock, type Shortage } from '../errors.ts';
import { locations, type MoveType, stockMoves } from '../schema.ts';

export interface StockMoveInput {
  productId: string;
  quantity: string;
  fromLocationId: string;
  toLocationId: string;
  unitCost: string;
  moveType: MoveType;
  reason?: string | null | undefined;
}

interface LevelChange {
  productId: string;
  locationId: string;
  delta: Exact;
}

/** Net change of on-hand per product and internal location; virtual locations keep no balance. */
function levelChanges(moves: readonly StockMoveInput[], internal: ReadonlySet<string>): LevelChange[] {
  const changes = new Map<string, LevelChange>();
  const add = (productId: string, locationId: string, delta: Exact) => {
    if (!internal.has(locationId)) return;
    const key = `${productId}|${locationId}`;
    const change = changes.get(key);
    if (change) change.delta = change.delta.plus(delta);
    else changes.set(key, { productId, locationId, delta });
  };
  for (const move of moves) {
    add(move.productId, move.fromLocationId, new Exact(move.quantity).neg());
    add(move.productId, move.toLocationId, new Exact(move.quantity));
  }
  return [...changes.values()]
    .filter((c) => !c.delta.isZero())
    .sort((a, b) => `${a.productId}|${a.locationId}`.localeCompare(`${b.productId}|${b.locationId}`));
}

export async function shortagesWithNames(
  ctx: TenantContext,
  short: Array<{ productId: string; requested: string; available: string }>,
): Promise<Shortage[]> {
  const products = new Map(
    (
      await getProductsByIds(
        ctx,
        short.map((s) => s.productId),
      )
    ).map((p) => [p.id, p]),
  );
  return short.map((s) => ({
    ...s,
    sku: products.get(s.productId)?.sku ?? '?',
    name: products.get(s.productId)?.name ?? '?',
  }));
}

/**
 * The one way stock changes: appends the moves and applies them to the balances in the
 * caller's transaction. Balances are locked in a stable order (product, location), and a
 * decrease beyond what is available (on hand minus reserved) refuses the whole set.
 */
export async function postStockMoves(
  ctx: TenantContext,
  source: { type: string; id: string },
  moves: readonly StockMoveInput[],
): Promise<void> {
  if (moves.length === 0) return;
  const locationIds = [...new Set(moves.flatMap((m) => [m.fromLocationId, m.toLocationId]))];
  const internal = await queryRows<{ id: string }>(
    ctx.tx,
    sql`select id from ${locations} where tenant_id = ${ctx.tenantId} and id = any(${sql.param(locationIds)}::uuid[]) and warehouse_id is not null`,
  );
  const changes = levelChanges(moves, new Set(internal.map((l) => l.id)));
  const productIds = changes.map((c) => c.productId);
  const locationIdsOfChanges = changes.map((c) => c.locationId);

  if (changes.length > 0) {
    const current = await queryRows<{ product_id: string; location_id: string; available: string }>(
      ctx.tx,
      sql`select product_id, location_id, on_hand - reserved as available from stock_levels
          where tenant_id = ${ctx.tenantId} and lot_id is null
            and (product_id, location_id) in (
              select * from unnest(${sql.param(productIds)}::uuid[], ${sql.param(locationIdsOfChanges)}::uuid[]))
          order by product_id, location_id
          for update`,
    );
    const available = new Map(current.map((row) => [`${row.product_id}|${row.location_id}`, new Exact(row.available)]));
    const short = changes
      .filter(
        (c) =>
          c.delta.isNeg() && (available.get(`${c.productId}|${c.locationId}`) ?? new Exact(0)).plus(c.delta).isNeg(),
      )
      .map((c) => ({
        productId: c.productId,
        requested: c.delta.neg().toFixed(),
        available: (available.get(`${c.productId}|${c.locationId}`) ?? new Exact(0)).toFixed(),
      }));
    if (short.length > 0) throw new InsufficientStock(await shortagesWithNames(ctx, short));

    await ctx.tx.execute(
      sql`insert into stock_levels (tenant_id, id, product_id, location_id, on_hand)
          select ${ctx.tenantId}, uuid_v7(), change.product_id, change.location_id, change.delta
          from unnest(${sql.param(productIds)}::uuid[], ${sql.param(locationIdsOfChanges)}::uuid[],
                      ${sql.param(changes.map((c) => c.delta.toFixed()))}::numeric[]) as change(product_id, location_id, delta)
          order by change.product_id, change.location_id
          on conflict on constraint stock_levels_product_location_lot
          do update set on_hand = stock_levels.on_hand + excluded.on_hand, updated_at = now()`,
    );
  }

  await ctx.tx.insert(stockMoves).values(
    moves.map((move) => ({
      ...move,
      reason: move.reason ?? null,
      tenantId: ctx.tenantId,
      sourceType: source.type,
      sourceId: source.id,
      actorId: ctx.actor.userId,
    })),
  );
}
