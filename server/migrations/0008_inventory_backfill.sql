-- Bring databases created before lots and valuation along; a no-op on a new database.
-- Every company gets the transit location that transfers between warehouses use.
INSERT INTO locations (tenant_id, id, warehouse_id, code, name, kind)
SELECT t.id, uuid_v7(), NULL, 'VIRTUAL/TRANSIT', 'In transit between warehouses', 'transit'
FROM tenants t
WHERE NOT EXISTS (SELECT 1 FROM locations l WHERE l.tenant_id = t.id AND l.kind = 'transit');
--> statement-breakpoint
UPDATE stock_moves SET value = round(quantity * unit_cost, 4) WHERE value = 0 AND unit_cost > 0;
--> statement-breakpoint
-- A product's valuation is what its moves brought into stock less what they took out.
INSERT INTO stock_valuations (tenant_id, product_id, quantity, value)
SELECT m.tenant_id, m.product_id,
       sum(CASE WHEN dst.kind IN ('storage','receiving','production','dispatch','quarantine','scrap','transit') THEN m.quantity ELSE 0 END)
     - sum(CASE WHEN src.kind IN ('storage','receiving','production','dispatch','quarantine','scrap','transit') THEN m.quantity ELSE 0 END),
       sum(CASE WHEN dst.kind IN ('storage','receiving','production','dispatch','quarantine','scrap','transit')
                 AND src.kind NOT IN ('storage','receiving','production','dispatch','quarantine','scrap','transit') THEN m.value ELSE 0 END)
     - sum(CASE WHEN src.kind IN ('storage','receiving','production','dispatch','quarantine','scrap','transit')
                 AND dst.kind NOT IN ('storage','receiving','production','dispatch','quarantine','scrap','transit') THEN m.value ELSE 0 END)
FROM stock_moves m
JOIN locations src ON src.tenant_id = m.tenant_id AND src.id = m.from_location_id
JOIN locations dst ON dst.tenant_id = m.tenant_id AND dst.id = m.to_location_id
GROUP BY m.tenant_id, m.product_id
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO cost_layers (tenant_id, id, product_id, received_at, quantity, remaining_quantity, unit_cost, remaining_value, source_move_id)
SELECT v.tenant_id, uuid_v7(), v.product_id, now(), v.quantity, v.quantity, round(v.value / v.quantity, 4), v.value,
       (SELECT m.id FROM stock_moves m WHERE m.tenant_id = v.tenant_id AND m.product_id = v.product_id ORDER BY m.posted_at DESC LIMIT 1)
FROM stock_valuations v
JOIN products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id AND p.costing_method = 'fifo'
WHERE v.quantity > 0;
--> statement-breakpoint
-- Warehouses made before every warehouse had a receiving area and a quarantine.
INSERT INTO locations (tenant_id, id, warehouse_id, code, name, kind)
SELECT w.tenant_id, uuid_v7(), w.id, w.code || '/' || k.suffix, w.name || ' / ' || k.label, k.kind
FROM warehouses w
CROSS JOIN (VALUES ('RECEIVING', 'Receiving', 'receiving'), ('QUARANTINE', 'Quarantine', 'quarantine')) AS k(suffix, label, kind)
WHERE NOT EXISTS (SELECT 1 FROM locations l WHERE l.tenant_id = w.tenant_id AND l.warehouse_id = w.id AND l.kind = k.kind);
