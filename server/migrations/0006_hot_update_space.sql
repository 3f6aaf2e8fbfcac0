-- Free space in each page lets updates of non-indexed columns (an order's state, a balance's
-- reserved quantity) stay heap-only: no new index entries on the hottest writes.
ALTER TABLE sales_orders SET (fillfactor = 85);
--> statement-breakpoint
ALTER TABLE stock_levels SET (fillfactor = 70);
