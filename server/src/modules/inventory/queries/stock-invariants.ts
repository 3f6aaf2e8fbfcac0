import { sql } from 'drizzle-orm';
import { type Orm, queryRows } from '../../../db/database.ts';

/**
 * SPEC §6 invariants 1 and 2, checked with SQL over a whole database: no negative stock,
 * reserved within on hand, on hand equal to the sum of the moves, reserved equal to the sum of
 * the reservations. Returns the violations (empty when all hold).
 */
export async function stockInvariantViolations(orm: Orm): Promise<string[]> {
  const rows = await queryRows<{ problem: string }>(
    orm,
    sql`with moved as (
          select tenant_id, product_id, location_id, sum(quantity) as quantity from (
            select tenant_id, product_id, to_location_id as location_id, quantity from stock_moves
            union all
            select tenant_id, product_id, from_location_id, -quantity from stock_moves) m
          group by tenant_id, product_id, location_id
        ), reserved as (
          select tenant_id, product_id, location_id, sum(quantity) as quantity from stock_reservations
          group by tenant_id, product_id, location_id
        )
        select format('negative or over-reserved %s at %s: on hand %s, reserved %s', l.product_id, l.location_id, l.on_hand, l.reserved) as problem
        from stock_levels l where l.on_hand < 0 or l.reserved < 0 or l.reserved > l.on_hand
        union all
        select format('on hand %s of %s at %s differs from its moves %s', l.on_hand, l.product_id, l.location_id, coalesce(m.quantity, 0))
        from stock_levels l left join moved m using (tenant_id, product_id, location_id)
        where l.on_hand <> coalesce(m.quantity, 0)
        union all
        select format('moves of %s into internal %s have no balance', m.product_id, m.location_id)
        from moved m join locations loc on loc.tenant_id = m.tenant_id and loc.id = m.location_id and loc.warehouse_id is not null
        where m.quantity <> 0 and not exists (
          select 1 from stock_levels l where l.tenant_id = m.tenant_id and l.product_id = m.product_id and l.location_id = m.location_id)
        union all
        select format('reserved %s of %s at %s differs from its reservations %s', l.reserved, l.product_id, l.location_id, coalesce(r.quantity, 0))
        from stock_levels l left join reserved r using (tenant_id, product_id, location_id)
        where l.reserved <> coalesce(r.quantity, 0)`,
  );
  return rows.map((r) => r.problem);
}
