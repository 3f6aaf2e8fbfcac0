import { sql } from 'drizzle-orm';
import { newId } from '../../../db/columns.ts';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { invalidField } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { companyMoneyAndCalendar } from '../../../platform/tenancy/company-calendar.ts';
import { type ProductRow, productsById } from '../../catalog/index.ts';
import { InsufficientStock, type Shortage } from '../errors.ts';
import { type MoveType, stockHoldingKinds, stockMoves } from '../schema.ts';
import { type ValuationDirection, valueMoves } from '../valuation.ts';
import { noteStockChange } from './low-stock-alerts.ts';

export interface StockMoveInput {
  productId: string;
  quantity: string;
  fromLocationId: string;
  toLocationId: string;
  lotId?: string | null | undefined;
  /** The cost of goods coming into stock (receipts, gains, returns); other moves are valued by the valuation. */
  unitCost?: string | undefined;
  moveType: MoveType;
  reason?: string | null | undefined;
}

export interface PostedMove extends StockMoveInput {
  id: string;
  unitCost: string;
  value: string;
  direction: ValuationDirection;
}

interface LevelChange {
  productId: string;
  locationId: string;
  lotId: string | null;
  isSerial: boolean;
  delta: Exact;
}

const levelKey = (productId: string, locationId: string, lotId: string | null | undefined) =>
  `${productId}|${locationId}|${lotId ?? ''}`;

/** Net change of on-hand per product, stock-holding location and lot, in the global lock order. */
function levelChanges(
  moves: readonly StockMoveInput[],
  holding: ReadonlySet<string>,
  products: Map<string, ProductRow>,
) {
  const changes = new Map<string, LevelChange>();
  const add = (move: StockMoveInput, locationId: string, delta: Exact) => {
    if (!holding.has(locationId)) return;
    const key = levelKey(move.productId, locationId, move.lotId);
    const change = changes.get(key);
    if (change) change.delta = change.delta.plus(delta);
    else {
      const isSerial = products.get(move.productId)?.tracking === 'serial';
      changes.set(key, { productId: move.productId, locationId, lotId: move.lotId ?? null, isSerial, delta });
    }
  };
  for (const move of moves) {
    add(move, move.fromLocationId, new Exact(move.quantity).neg());
    add(move, move.toLocationId, new Exact(move.quantity));
  }
  return [...changes.entries()]
    .filter(([, c]) => !c.delta.isZero())
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, c]) => c);
}

export async function shortagesWithNames(
  ctx: TenantContext,
  short: Array<{ productId: string; requested: string; available: string }>,
): Promise<Shortage[]> {
  const products = await productsById(
    ctx,
    short.map((s) => s.productId),
  );
  return short.map((s) => ({
    productId: s.productId,
    sku: products.get(s.productId)?.sku ?? '?',
    name: products.get(s.productId)?.name ?? '?',
    requested: new Exact(s.requested).toFixed(),
    available: new Exact(s.available).toFixed(),
  }));
}

function assertTracking(moves: readonly StockMoveInput[], products: Map<string, ProductRow>) {
  for (const [i, move] of moves.entries()) {
    const product = products.get(move.productId);
    const path = `lines.${i}`;
    if (!product) invalidField(path, 'Product was not found');
    if (product.type === 'service') invalidField(path, `${product.sku} is a service and carries no stock`);
    if (product.tracking !== 'none' && !move.lotId)
      invalidField(path, `${product.sku} is tracked by ${product.tracking}: give the lot or serial number`);
    if (product.tracking === 'none' && move.lotId) invalidField(path, `${product.sku} is not tracked by lot`);
    if (product.tracking === 'serial' && !new Exact(move.quantity).eq(1))
      invalidField(path, `${product.sku} moves one serial number at a time`);
  }
}

export interface MovePosting {
  /**
   * The document's date (YYYY-MM-DD): moves of a document dated before the company's today are
   * stamped on that day (at the current time of day), so stock history and valuation as of a
   * date see them then. Today's and undated moves are stamped now.
   */
  movedOn?: string | undefined;
  /** The moves' products when the caller has read them already. */
  products?: Map<string, ProductRow> | undefined;
}

/** When the moves happened: now, or the current time of day on a document's earlier date in the company's zone. */
function postedAt(movedOn: string | undefined, timezone: string) {
  if (!movedOn) return sql`now()`;
  return sql`case when ${movedOn}::date < (now() at time zone ${timezone})::date
                  then (${movedOn}::date + (now() at time zone ${timezone})::time) at time zone ${timezone}
                  else now() end`;
}

/**
 * The one way stock changes: appends the moves, applies them to the balances and the valuation,
 * in the caller's transaction. Balances are locked in a stable order (product, location, lot);
 * a decrease beyond what is available (on hand minus reserved) refuses the whole set. Decreases
 * are applied before increases, so a serial number can change place without being in two.
 */
export async function postStockMoves(
  ctx: TenantContext,
  source: { type: string; id: string },
  moves: readonly StockMoveInput[],
  posting: MovePosting = {},
): Promise<PostedMove[]> {
  if (moves.length === 0) return [];
  const products =
    posting.products && moves.every((m) => posting.products!.has(m.productId))
      ? posting.products
      : await productsById(
          ctx,
          moves.map((m) => m.productId),
        );
  assertTracking(moves, products);
  const locationIds = [...new Set(moves.flatMap((m) => [m.fromLocationId, m.toLocationId]))];
  const holding = new Set(
    (
      await queryRows<{ id: string }>(
        ctx.tx,
        sql`select id from locations where tenant_id = ${ctx.tenantId} and id = any(${sql.param(locationIds)}::uuid[])
            and kind = any(${sql.param([...stockHoldingKinds])}::text[])`,
      )
    ).map((l) => l.id),
  );
  const changes = levelChanges(moves, holding, products);
  if (changes.length > 0) await applyLevelChanges(ctx, changes);

  const postedIds = moves.map(() => newId());
  const directions = moves.map((m): ValuationDirection => {
    const from = holding.has(m.fromLocationId);
    const to = holding.has(m.toLocationId);
    if (!from && !to)
      throw new Error(`A move between two locations without stock: ${m.fromLocationId} → ${m.toLocationId}`);
    return from && to ? 'within' : to ? 'in' : 'out';
  });
  const company = await companyMoneyAndCalendar(ctx);
  const values = await valueMoves(
    ctx,
    company.currency,
    moves.map((move, i) => {
      const product = products.get(move.productId)!;
      return {
        moveId: postedIds[i]!,
        productId: move.productId,
        quantity: new Exact(move.quantity),
        direction: directions[i]!,
        costingMethod: product.costingMethod,
        incomingUnitCost: move.unitCost ?? product.standardCost,
        standardCost: product.standardCost,
      };
    }),
  );
  const posted = moves.map((move, i) => ({ ...move, id: postedIds[i]!, direction: directions[i]!, ...values[i]! }));
  await ctx.tx.insert(stockMoves).values(
    posted.map((move) => ({
      tenantId: ctx.tenantId,
      id: move.id,
      productId: move.productId,
      quantity: move.quantity,
      fromLocationId: move.fromLocationId,
      toLocationId: move.toLocationId,
      lotId: move.lotId ?? null,
      unitCost: move.unitCost,
      value: move.value,
      moveType: move.moveType,
      reason: move.reason ?? null,
      sourceType: source.type,
      sourceId: source.id,
      actorId: ctx.actor.userId,
      postedAt: postedAt(posting.movedOn, company.timezone),
    })),
  );
  noteStockChange(
    ctx,
    changes.map((c) => c.productId),
  );
  return posted;
}

async function applyLevelChanges(ctx: TenantContext, changes: LevelChange[]): Promise<void> {
  const column = <T>(pick: (c: LevelChange) => T) => sql.param(changes.map(pick));
  const current = await queryRows<{
    product_id: string;
    location_id: string;
    lot_id: string | null;
    available: string;
  }>(
    ctx.tx,
    sql`select l.product_id, l.location_id, l.lot_id, l.on_hand - l.reserved as available
        from stock_levels l
        join unnest(${column((c) => c.productId)}::uuid[], ${column((c) => c.locationId)}::uuid[],
                    ${column((c) => c.lotId)}::uuid[]) as k(product_id, location_id, lot_id)
          on l.product_id = k.product_id and l.location_id = k.location_id and l.lot_id is not distinct from k.lot_id
        where l.tenant_id = ${ctx.tenantId}
        order by l.product_id, l.location_id, l.lot_id nulls first
        for update of l`,
  );
  const available = new Map(
    current.map((r) => [levelKey(r.product_id, r.location_id, r.lot_id), new Exact(r.available)]),
  );
  const freeOf = (c: LevelChange) => available.get(levelKey(c.productId, c.locationId, c.lotId)) ?? new Exact(0);
  const short = changes
    .filter((c) => c.delta.lt(0) && freeOf(c).plus(c.delta).lt(0))
    .map((c) => ({ productId: c.productId, requested: c.delta.neg().toFixed(), available: freeOf(c).toFixed() }));
  if (short.length > 0) throw new InsufficientStock(await shortagesWithNames(ctx, short));

  const decreases = changes.filter((c) => c.delta.lt(0));
  const increases = changes.filter((c) => c.delta.gt(0));
  if (decreases.length > 0) {
    const d = <T>(pick: (c: LevelChange) => T) => sql.param(decreases.map(pick));
    await ctx.tx.execute(
      sql`update stock_levels l set on_hand = l.on_hand + k.delta, updated_at = now()
          from unnest(${d((c) => c.productId)}::uuid[], ${d((c) => c.locationId)}::uuid[], ${d((c) => c.lotId)}::uuid[],
                      ${d((c) => c.delta.toFixed())}::numeric[]) as k(product_id, location_id, lot_id, delta)
          where l.tenant_id = ${ctx.tenantId} and l.product_id = k.product_id and l.location_id = k.location_id
            and l.lot_id is not distinct from k.lot_id`,
    );
  }
  if (increases.length > 0) {
    const i = <T>(pick: (c: LevelChange) => T) => sql.param(increases.map(pick));
    await ctx.tx.execute(
      sql`insert into stock_levels (tenant_id, id, product_id, location_id, lot_id, is_serial, on_hand)
          select ${ctx.tenantId}, uuid_v7(), k.product_id, k.location_id, k.lot_id, k.is_serial, k.delta
          from unnest(${i((c) => c.productId)}::uuid[], ${i((c) => c.locationId)}::uuid[], ${i((c) => c.lotId)}::uuid[],
                      ${i((c) => c.isSerial)}::boolean[], ${i((c) => c.delta.toFixed())}::numeric[])
               as k(product_id, location_id, lot_id, is_serial, delta)
          order by k.product_id, k.location_id, k.lot_id nulls first
          on conflict on constraint stock_levels_product_location_lot
          do update set on_hand = stock_levels.on_hand + excluded.on_hand, updated_at = now()`,
    );
  }
}
