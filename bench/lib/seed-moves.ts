import type pg from 'pg';

/**
 * `count` historical stock moves (at no cost, so the valuation stays Σ of its layers) spread over
 * the last year: receipts from the vendor location,
 * deliveries to customers, transfers to `otherLocationId` and adjustments, by one user. The
 * balances and valuation quantities are then raised by what the history nets to, so on hand
 * stays Σ moves.
 */
export async function seedMoveHistory(
  client: pg.Client,
  tenantId: string,
  options: { count: number; actorId: string; otherLocationId: string },
) {
  await client.query(
    `with loc as (
       select (select id from locations where tenant_id = $1 and code = 'WH/STOCK') as stock,
              (select id from locations where tenant_id = $1 and code = 'VIRTUAL/VENDORS') as vendor,
              (select id from locations where tenant_id = $1 and code = 'VIRTUAL/CUSTOMERS') as customer,
              (select id from locations where tenant_id = $1 and code = 'VIRTUAL/INVENTORY-LOSS') as loss),
     product as (select row_number() over (order by id) - 1 as n, id from products where tenant_id = $1),
     products_count as (select count(*) as n from product),
     g as (select g, g % 10 as kind, now() - (g * (interval '365 days' / $2)) as posted_at from generate_series(1, $2) g)
     insert into stock_moves (tenant_id, id, product_id, quantity, from_location_id, to_location_id, unit_cost, value,
                              move_type, reason, source_type, source_id, posted_at, actor_id)
     select $1, uuid_v7(), p.id,
            case when g.kind < 4 then 12 else 1 end,
            case when g.kind < 4 then loc.vendor when g.kind = 9 then loc.loss else loc.stock end,
            case when g.kind < 4 then loc.stock when g.kind < 7 then loc.customer when g.kind < 9 then $4::uuid else loc.stock end,
            0, 0,
            case when g.kind < 4 then 'receipt' when g.kind < 7 then 'delivery' when g.kind < 9 then 'transfer' else 'adjustment' end,
            case when g.kind = 9 then 'other' end,
            'bench_history', uuid_v7(), g.posted_at, $3
     from g cross join loc cross join products_count
     join product p on p.n = (g.g / 10) % products_count.n`,
    [tenantId, options.count, options.actorId, options.otherLocationId],
  );
  await client.query(
    `with internal as (select id from locations where tenant_id = $1 and kind not in ('vendor', 'customer', 'production_virtual', 'inventory_loss', 'transit')),
     net as (
       select product_id, location_id, sum(delta) as delta from (
         select product_id, to_location_id as location_id, quantity as delta from stock_moves
          where tenant_id = $1 and source_type = 'bench_history' and to_location_id in (select id from internal)
         union all
         select product_id, from_location_id, -quantity from stock_moves
          where tenant_id = $1 and source_type = 'bench_history' and from_location_id in (select id from internal)
       ) d group by product_id, location_id)
     insert into stock_levels (tenant_id, id, product_id, location_id, on_hand)
     select $1, uuid_v7(), product_id, location_id, delta from net
     on conflict on constraint stock_levels_product_location_lot do update set on_hand = stock_levels.on_hand + excluded.on_hand`,
    [tenantId],
  );
  await client.query(
    `with internal as (select id from locations where tenant_id = $1 and kind not in ('vendor', 'customer', 'production_virtual', 'inventory_loss', 'transit'))
     update stock_valuations v set quantity = v.quantity + n.delta
     from (select product_id,
                  sum(case when m.to_location_id in (select id from internal) then m.quantity else 0 end
                    - case when m.from_location_id in (select id from internal) then m.quantity else 0 end) as delta
           from stock_moves m where m.tenant_id = $1 and m.source_type = 'bench_history' group by product_id) n
     where v.tenant_id = $1 and v.product_id = n.product_id`,
    [tenantId],
  );
}
