import type pg from 'pg';

/** Seeds straight in SQL, as the owner of the tables: fast, and consistent with the ledger rules. */
export async function seedProductsWithStock(client: pg.Client, tenantId: string, count: number, stock: string) {
  await client.query(
    `insert into products (tenant_id, id, sku, name, type, uom_id, sale_price, standard_cost)
     select $1, uuid_v7(), 'BENCH-' || lpad(g::text, 4, '0'), 'Bench product ' || g, 'finished_good',
            (select id from units_of_measure where tenant_id = $1 and code = 'pcs'), 10 + g % 50, 5
     from generate_series(1, $2) g`,
    [tenantId, count],
  );
  // Opening stock as moves from the inventory-loss location, and the balances and valuation they produce.
  await client.query(
    `with stock as (select id from locations where tenant_id = $1 and code = 'WH/STOCK'),
          loss as (select id from locations where tenant_id = $1 and code = 'VIRTUAL/INVENTORY-LOSS')
     insert into stock_moves (tenant_id, id, product_id, quantity, from_location_id, to_location_id, unit_cost, value, move_type, reason, source_type, source_id)
     select $1, uuid_v7(), p.id, $2, (select id from loss), (select id from stock), 5, $2::numeric * 5, 'opening', 'opening_stock', 'bench_seed', $1
     from products p where p.tenant_id = $1`,
    [tenantId, stock],
  );
  await client.query(
    `insert into stock_valuations (tenant_id, product_id, quantity, value)
     select $1, p.id, $2, $2::numeric * 5 from products p where p.tenant_id = $1`,
    [tenantId, stock],
  );
  await client.query(
    `insert into stock_levels (tenant_id, id, product_id, location_id, on_hand)
     select $1, uuid_v7(), p.id, (select id from locations where tenant_id = $1 and code = 'WH/STOCK'), $2
     from products p where p.tenant_id = $1`,
    [tenantId, stock],
  );
}

export async function seedCustomers(client: pg.Client, tenantId: string, count: number) {
  await client.query(
    `insert into customers (tenant_id, id, code, name, type)
     select $1, uuid_v7(), 'BC-' || lpad(g::text, 5, '0'), 'Bench customer ' || g, 'wholesale'
     from generate_series(1, $2) g`,
    [tenantId, count],
  );
}

/**
 * `count` draft orders numbered from `firstNumber`, each with three lines of different
 * products; returns their ids in number order.
 */
export async function seedDraftOrders(client: pg.Client, tenantId: string, count: number, firstNumber: number) {
  const { rows } = await client.query<{ id: string }>(
    `with p as (select id, row_number() over (order by sku) - 1 as k, count(*) over () as n from products where tenant_id = $1),
          c as (select id, name, row_number() over (order by code) - 1 as k, count(*) over () as n from customers where tenant_id = $1),
          w as (select id from warehouses where tenant_id = $1 and is_default),
          orders as (
            insert into sales_orders (tenant_id, id, number, customer_id, customer_name, order_date, currency, state,
                                      warehouse_id, subtotal, discount_total, total)
            select $1, uuid_v7(), 'SO-' || extract(year from current_date) || '-' || lpad(($3 + g)::text, 6, '0'),
                   c.id, c.name, current_date, 'IDR', 'draft', (select id from w), 30, 0, 30
            from generate_series(0, $2 - 1) g join c on c.k = g % c.n
            returning id, number),
          lines as (
            insert into sales_order_lines (tenant_id, id, sales_order_id, line_no, product_id, sku, product_name, unit_of_measure,
                                           stocked, quantity, unit_price, line_total)
            select $1, uuid_v7(), o.id, line_no, p.id, 'BENCH', 'Bench product', 'pcs', true, 1, 10, 10
            from orders o
            cross join generate_series(1, 3) line_no
            join p on p.k = (abs(hashtext(o.number)) + (line_no - 1) * (p.n / 3)) % p.n)
     select id from orders order by number`,
    [tenantId, count, firstNumber],
  );
  return rows.map((r) => r.id);
}

/** Many orders (no lines) over two years in every state, for timing the order list. */
export async function seedOrderHistory(client: pg.Client, tenantId: string, count: number, firstNumber: number) {
  await client.query(
    `with c as (select id, name, row_number() over (order by code) - 1 as k, count(*) over () as n from customers where tenant_id = $1),
          w as (select id from warehouses where tenant_id = $1 and is_default)
     insert into sales_orders (tenant_id, id, number, customer_id, customer_name, order_date, currency, state,
                               warehouse_id, subtotal, discount_total, total, created_at)
     select $1, uuid_v7(), 'SO-' || extract(year from current_date) || '-' || lpad(($3 + g)::text, 7, '0'),
            c.id, c.name, current_date - (g % 730), 'IDR',
            (array['confirmed','confirmed','delivered','invoiced','closed','cancelled','draft'])[1 + g % 7],
            (select id from w), 100000 + g % 9000, 0, 100000 + g % 9000, now() - make_interval(days => g % 730)
     from generate_series(0, $2 - 1) g join c on c.k = g % c.n`,
    [tenantId, count, firstNumber],
  );
}
