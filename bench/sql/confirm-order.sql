-- The database's own limit for confirming a sales order: the same statements the app sends
-- (claim the draft, reserve all lines in product order, record reservations, read the
-- customer's credit limit, write the audit row), run inside PostgreSQL with no client between.
CREATE TABLE IF NOT EXISTS bench_queue (n bigint PRIMARY KEY, order_id uuid NOT NULL);
CREATE SEQUENCE IF NOT EXISTS bench_queue_seq;
GRANT SELECT ON bench_queue TO erp_app;
GRANT USAGE ON SEQUENCE bench_queue_seq TO erp_app;

CREATE OR REPLACE FUNCTION bench_confirm_next(p_tenant uuid, p_actor uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_next bigint := nextval('bench_queue_seq');
  v_order uuid;
  v_customer uuid;
  v_warehouse uuid;
  v_short int;
  v_limit numeric;
BEGIN
  SELECT order_id INTO v_order FROM bench_queue WHERE n = v_next;
  UPDATE sales_orders SET state = 'confirmed', confirmed_at = now(), confirmed_by = p_actor, updated_at = now()
  WHERE tenant_id = p_tenant AND id = v_order AND state = 'draft'
  RETURNING customer_id, warehouse_id INTO v_customer, v_warehouse;
  IF NOT FOUND THEN RAISE EXCEPTION 'order % is not draft', v_order; END IF;

  WITH location AS (
    SELECT id FROM locations WHERE tenant_id = p_tenant AND warehouse_id = v_warehouse AND is_default
  ), demand AS (
    SELECT product_id, sum(quantity) AS quantity FROM sales_order_lines
    WHERE tenant_id = p_tenant AND sales_order_id = v_order AND stocked GROUP BY product_id
  ), locked AS MATERIALIZED (
    SELECT l.id, l.product_id, l.on_hand - l.reserved AS available
    FROM stock_levels l JOIN demand d ON d.product_id = l.product_id
    WHERE l.tenant_id = p_tenant AND l.location_id = (SELECT id FROM location) AND l.lot_id IS NULL
    ORDER BY l.product_id
    FOR UPDATE OF l
  ), reserved AS (
    UPDATE stock_levels l SET reserved = l.reserved + d.quantity, updated_at = now()
    FROM locked k JOIN demand d ON d.product_id = k.product_id
    WHERE l.tenant_id = p_tenant AND l.id = k.id AND k.available >= d.quantity
    RETURNING l.product_id, d.quantity
  ), recorded AS (
    INSERT INTO stock_reservations (tenant_id, id, product_id, location_id, quantity, source_type, source_id)
    SELECT p_tenant, uuid_v7(), product_id, (SELECT id FROM location), quantity, 'sales_order', v_order FROM reserved
  )
  SELECT count(*) INTO v_short FROM demand d LEFT JOIN locked k ON k.product_id = d.product_id
  WHERE coalesce(k.available, 0) < d.quantity;
  IF v_short > 0 THEN RAISE EXCEPTION 'insufficient stock for order %', v_order; END IF;

  SELECT credit_limit INTO v_limit FROM customers WHERE tenant_id = p_tenant AND id = v_customer;

  INSERT INTO audit_log (tenant_id, id, actor_id, action, entity, entity_id, before, after)
  VALUES (p_tenant, uuid_v7(), p_actor, 'sales_order.confirmed', 'sales_order', v_order,
          '{"state": "draft"}', '{"state": "confirmed"}');
END $$;
