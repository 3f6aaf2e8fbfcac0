import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../db/database.ts';
import { Exact, roundMoney } from '../../platform/money.ts';

export type ValuationDirection = 'in' | 'out' | 'within';

export interface MoveToValue {
  moveId: string;
  productId: string;
  quantity: Exact;
  direction: ValuationDirection;
  costingMethod: 'average' | 'fifo';
  /** The cost of goods coming in; the cost of the rest comes from the valuation. */
  incomingUnitCost: string;
  /** Used while a product has no stock yet, for moves within stock. */
  standardCost: string;
}

export interface MoveValue {
  unitCost: string;
  value: string;
}

interface Layer {
  /** Absent for a layer this call creates. */
  id?: string;
  productId: string;
  remaining: Exact;
  unitCost: Exact;
  remainingValue: Exact;
  touched: boolean;
  created?: { moveId: string; quantity: Exact };
}

const unitCostOf = (value: Exact, quantity: Exact) =>
  quantity.isZero() ? new Exact(0) : value.div(quantity).toDecimalPlaces(4, Exact.ROUND_HALF_UP);

/**
 * Values a set of moves and updates each product's valuation (and, for FIFO, its cost layers).
 * Values are rounded to the currency's minor unit per move, so the stock ledger and the general
 * ledger add up to the same amounts; taking the last of a product's quantity, or all of a layer,
 * takes exactly what is left of its value. Valuation rows are locked in product order, after the
 * stock balances (the order every stock command follows).
 */
export async function valueMoves(
  ctx: TenantContext,
  currency: string,
  moves: readonly MoveToValue[],
): Promise<MoveValue[]> {
  const productIds = [...new Set(moves.map((m) => m.productId))].sort();
  const lockValuations = async (ids: string[]) =>
    (
      await queryRows<{ product_id: string; quantity: string; value: string }>(
        ctx.tx,
        sql`select product_id, quantity, value from stock_valuations
            where tenant_id = ${ctx.tenantId} and product_id = any(${sql.param(ids)}::uuid[])
            order by product_id for update`,
      )
    ).map((v): [string, { quantity: Exact; value: Exact }] => [
      v.product_id,
      { quantity: new Exact(v.quantity), value: new Exact(v.value) },
    ]);
  const valuations = new Map(await lockValuations(productIds));
  // A product's first move creates its valuation row; locked in a statement of its own, which
  // also sees a row another transaction created meanwhile.
  const missing = productIds.filter((id) => !valuations.has(id));
  if (missing.length > 0) {
    await ctx.tx.execute(
      sql`insert into stock_valuations (tenant_id, product_id, quantity, value)
          select ${ctx.tenantId}, id, 0, 0 from unnest(${sql.param(missing)}::uuid[]) as p(id)
          on conflict do nothing`,
    );
    for (const [id, valuation] of await lockValuations(missing)) valuations.set(id, valuation);
  }
  const fifoOut = [
    ...new Set(moves.filter((m) => m.direction === 'out' && m.costingMethod === 'fifo').map((m) => m.productId)),
  ];
  const layers: Layer[] =
    fifoOut.length === 0
      ? []
      : (
          await queryRows<{
            id: string;
            product_id: string;
            remaining_quantity: string;
            unit_cost: string;
            remaining_value: string;
          }>(
            ctx.tx,
            sql`select id, product_id, remaining_quantity, unit_cost, remaining_value from cost_layers
                where tenant_id = ${ctx.tenantId} and product_id = any(${sql.param(fifoOut)}::uuid[]) and remaining_quantity > 0
                order by product_id, received_at, id for update`,
          )
        ).map((l) => ({
          id: l.id,
          productId: l.product_id,
          remaining: new Exact(l.remaining_quantity),
          unitCost: new Exact(l.unit_cost),
          remainingValue: new Exact(l.remaining_value),
          touched: false,
        }));

  const values = moves.map((move): MoveValue => {
    const valuation = valuations.get(move.productId)!;
    if (move.direction === 'within') {
      const unitCost = valuation.quantity.isZero()
        ? new Exact(move.standardCost)
        : unitCostOf(valuation.value, valuation.quantity);
      return { unitCost: unitCost.toFixed(), value: roundMoney(unitCost.times(move.quantity), currency).toFixed() };
    }
    if (move.direction === 'in') {
      const value = roundMoney(move.quantity.times(move.incomingUnitCost), currency);
      valuation.quantity = valuation.quantity.plus(move.quantity);
      valuation.value = valuation.value.plus(value);
      if (move.costingMethod === 'fifo') {
        layers.push({
          productId: move.productId,
          remaining: move.quantity,
          unitCost: new Exact(move.incomingUnitCost),
          remainingValue: value,
          touched: true,
          created: { moveId: move.moveId, quantity: move.quantity },
        });
      }
      return { unitCost: new Exact(move.incomingUnitCost).toFixed(), value: value.toFixed() };
    }
    let value: Exact;
    if (move.costingMethod === 'fifo') {
      value = new Exact(0);
      let left = move.quantity;
      for (const layer of layers) {
        if (left.isZero()) break;
        if (layer.productId !== move.productId || layer.remaining.isZero()) continue;
        const take = Exact.min(layer.remaining, left);
        const part = take.eq(layer.remaining) ? layer.remainingValue : roundMoney(take.times(layer.unitCost), currency);
        layer.remaining = layer.remaining.minus(take);
        layer.remainingValue = layer.remainingValue.minus(part);
        layer.touched = true;
        value = value.plus(part);
        left = left.minus(take);
      }
      if (!left.isZero()) throw new Error(`Cost layers of product ${move.productId} cover less than its stock`);
    } else {
      value = move.quantity.eq(valuation.quantity)
        ? valuation.value
        : roundMoney(valuation.value.times(move.quantity).div(valuation.quantity), currency);
    }
    valuation.quantity = valuation.quantity.minus(move.quantity);
    valuation.value = valuation.value.minus(value);
    return { unitCost: unitCostOf(value, move.quantity).toFixed(), value: value.toFixed() };
  });

  await ctx.tx.execute(
    sql`update stock_valuations v set quantity = n.quantity, value = n.value
        from unnest(${sql.param(productIds)}::uuid[], ${sql.param(productIds.map((p) => valuations.get(p)!.quantity.toFixed()))}::numeric[],
                    ${sql.param(productIds.map((p) => valuations.get(p)!.value.toFixed()))}::numeric[]) as n(product_id, quantity, value)
        where v.tenant_id = ${ctx.tenantId} and v.product_id = n.product_id`,
  );
  const consumed = layers.filter((l) => l.touched && l.id);
  if (consumed.length > 0) {
    await ctx.tx.execute(
      sql`update cost_layers c set remaining_quantity = n.remaining, remaining_value = n.value
          from unnest(${sql.param(consumed.map((l) => l.id!))}::uuid[], ${sql.param(consumed.map((l) => l.remaining.toFixed()))}::numeric[],
                      ${sql.param(consumed.map((l) => l.remainingValue.toFixed()))}::numeric[]) as n(id, remaining, value)
          where c.tenant_id = ${ctx.tenantId} and c.id = n.id`,
    );
  }
  const created = layers.filter((l) => l.created);
  if (created.length > 0) {
    const column = (pick: (l: Layer) => string) => sql.param(created.map(pick));
    await ctx.tx.execute(
      sql`insert into cost_layers (tenant_id, id, product_id, received_at, quantity, remaining_quantity, unit_cost, remaining_value, source_move_id)
          select ${ctx.tenantId}, uuid_v7(), n.product_id, clock_timestamp(), n.quantity, n.remaining, n.unit_cost, n.value, n.move_id
          from unnest(${column((l) => l.productId)}::uuid[], ${column((l) => l.created!.quantity.toFixed())}::numeric[],
                      ${column((l) => l.remaining.toFixed())}::numeric[], ${column((l) => l.unitCost.toFixed())}::numeric[],
                      ${column((l) => l.remainingValue.toFixed())}::numeric[], ${column((l) => l.created!.moveId)}::uuid[])
               with ordinality as n(product_id, quantity, remaining, unit_cost, value, move_id, position)
          order by n.position`,
    );
  }
  return values;
}

/** Each product's current unit cost: its valuation's average, or its standard cost without stock. */
export async function currentUnitCosts(
  ctx: TenantContext,
  products: ReadonlyArray<{ id: string; standardCost: string }>,
): Promise<Map<string, string>> {
  const rows = await queryRows<{ product_id: string; quantity: string; value: string }>(
    ctx.tx,
    sql`select product_id, quantity, value from stock_valuations
        where tenant_id = ${ctx.tenantId} and product_id = any(${sql.param(products.map((p) => p.id))}::uuid[])`,
  );
  const valued = new Map(rows.map((r) => [r.product_id, r]));
  return new Map(
    products.map((p) => {
      const v = valued.get(p.id);
      const quantity = new Exact(v?.quantity ?? 0);
      return [p.id, quantity.gt(0) ? unitCostOf(new Exact(v!.value), quantity).toFixed() : p.standardCost];
    }),
  );
}
