import { sql } from 'drizzle-orm';
import { type Orm, queryRows } from '../../../db/database.ts';
import { Exact } from '../../../platform/money.ts';
import { purposeBalancesByCompany } from '../../accounting/index.ts';
import { holdsStock } from '../schema.ts';

/**
 * SPEC §6 invariants 1, 2 and 4 on the stock side, checked with SQL over a whole database: no
 * negative stock, reserved within on hand, on hand per product, location and lot equal to the sum
 * of its moves, reserved equal to the sum of the reservations, a product's valuation equal to its
 * balances (quantity) and to what its moves brought in less what they took out (value), and FIFO
 * layers adding up to the valuation. Returns the violations (empty when all hold).
 */
export async function stockInvariantViolations(orm: Orm): Promise<string[]> {
  const rows = await queryRows<{ problem: string }>(
    orm,
    sql`with moved as (
          select tenant_id, product_id, location_id, lot_id, sum(quantity) as quantity from (
            select tenant_id, product_id, to_location_id as location_id, lot_id, quantity from stock_moves
            union all
            select tenant_id, product_id, from_location_id, lot_id, -quantity from stock_moves) m
          group by tenant_id, product_id, location_id, lot_id
        ), reserved as (
          select tenant_id, product_id, location_id, lot_id, sum(quantity) as quantity from stock_reservations
          group by tenant_id, product_id, location_id, lot_id
        ), valued as (
          select m.tenant_id, m.product_id,
                 sum(case when ${holdsStock(sql`dst.kind`)} and not ${holdsStock(sql`src.kind`)} then m.value
                          when ${holdsStock(sql`src.kind`)} and not ${holdsStock(sql`dst.kind`)} then -m.value else 0 end) as value
          from stock_moves m
          join locations src on src.tenant_id = m.tenant_id and src.id = m.from_location_id
          join locations dst on dst.tenant_id = m.tenant_id and dst.id = m.to_location_id
          group by m.tenant_id, m.product_id
        ), balances as (
          select tenant_id, product_id, sum(on_hand) as quantity from stock_levels group by tenant_id, product_id
        )
        select format('negative or over-reserved %s at %s lot %s: on hand %s, reserved %s', l.product_id, l.location_id, l.lot_id, l.on_hand, l.reserved) as problem
        from stock_levels l where l.on_hand < 0 or l.reserved < 0 or l.reserved > l.on_hand
        union all
        select format('on hand %s of %s at %s lot %s differs from its moves %s', l.on_hand, l.product_id, l.location_id, l.lot_id, coalesce(m.quantity, 0))
        from stock_levels l
        left join moved m on m.tenant_id = l.tenant_id and m.product_id = l.product_id and m.location_id = l.location_id
          and m.lot_id is not distinct from l.lot_id
        where l.on_hand <> coalesce(m.quantity, 0)
        union all
        select format('moves of %s into %s lot %s leave %s with no balance', m.product_id, m.location_id, m.lot_id, m.quantity)
        from moved m join locations loc on loc.tenant_id = m.tenant_id and loc.id = m.location_id and ${holdsStock(sql`loc.kind`)}
        where m.quantity <> 0 and not exists (
          select 1 from stock_levels l where l.tenant_id = m.tenant_id and l.product_id = m.product_id
            and l.location_id = m.location_id and l.lot_id is not distinct from m.lot_id)
        union all
        select format('reserved %s of %s at %s lot %s differs from its reservations %s', l.reserved, l.product_id, l.location_id, l.lot_id, coalesce(r.quantity, 0))
        from stock_levels l
        left join reserved r on r.tenant_id = l.tenant_id and r.product_id = l.product_id and r.location_id = l.location_id
          and r.lot_id is not distinct from l.lot_id
        where l.reserved <> coalesce(r.quantity, 0)
        union all
        select format('valuation of %s: quantity %s but balances %s', v.product_id, v.quantity, coalesce(b.quantity, 0))
        from stock_valuations v left join balances b using (tenant_id, product_id)
        where v.quantity <> coalesce(b.quantity, 0)
        union all
        select format('balances of %s hold %s with no valuation', b.product_id, b.quantity)
        from balances b where b.quantity <> 0
          and not exists (select 1 from stock_valuations v where v.tenant_id = b.tenant_id and v.product_id = b.product_id)
        union all
        select format('valuation of %s: value %s but its moves %s', v.product_id, v.value, coalesce(d.value, 0))
        from stock_valuations v left join valued d using (tenant_id, product_id)
        where v.value <> coalesce(d.value, 0)
        union all
        select format('FIFO layers of %s hold %s / %s, valuation %s / %s', v.product_id, c.quantity, c.value, v.quantity, v.value)
        from stock_valuations v
        join products p on p.tenant_id = v.tenant_id and p.id = v.product_id and p.costing_method = 'fifo'
        left join lateral (select coalesce(sum(remaining_quantity), 0) as quantity, coalesce(sum(remaining_value), 0) as value
                           from cost_layers c where c.tenant_id = v.tenant_id and c.product_id = v.product_id) c on true
        where c.quantity <> v.quantity or c.value <> v.value`,
  );
  return rows.map((r) => r.problem);
}

/**
 * SPEC §6 invariant 4 across modules: in every company the inventory account's balance equals
 * what the valuation says its stock is worth. Returns the violations (empty when it holds).
 */
export async function inventoryLedgerViolations(orm: Orm): Promise<string[]> {
  const ledger = await purposeBalancesByCompany(orm, 'inventory');
  const valued = await queryRows<{ tenant_id: string; value: string }>(
    orm,
    sql`select tenant_id, sum(value)::text as value from stock_valuations group by tenant_id`,
  );
  const worth = new Map(valued.map((r) => [r.tenant_id, new Exact(r.value)]));
  return [...new Set([...ledger.keys(), ...worth.keys()])].flatMap((tenantId) => {
    const onAccount = new Exact(ledger.get(tenantId) ?? 0);
    const inStock = worth.get(tenantId) ?? new Exact(0);
    return onAccount.eq(inStock)
      ? []
      : [`company ${tenantId}: inventory account ${onAccount.toFixed()} but stock valuation ${inStock.toFixed()}`];
  });
}
