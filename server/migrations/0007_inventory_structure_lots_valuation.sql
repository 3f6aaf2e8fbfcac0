CREATE TABLE "stock_operation_lines" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"operation_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"product_id" uuid NOT NULL,
	"lot_id" uuid,
	"quantity" numeric(18, 4) NOT NULL,
	"quantity_received" numeric(18, 4) DEFAULT '0' NOT NULL,
	"unit_cost" numeric(18, 4) NOT NULL,
	"value" numeric(18, 4) NOT NULL,
	"source_line_id" uuid,
	CONSTRAINT "stock_operation_lines_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "stock_operation_lines_tenantId_operationId_lineNo_unique" UNIQUE("tenant_id","operation_id","line_no"),
	CONSTRAINT "stock_operation_lines_quantity_positive" CHECK ("stock_operation_lines"."quantity" > 0),
	CONSTRAINT "stock_operation_lines_received_within" CHECK ("stock_operation_lines"."quantity_received" >= 0 and "stock_operation_lines"."quantity_received" <= "stock_operation_lines"."quantity")
);
--> statement-breakpoint
ALTER TABLE "stock_operation_lines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "stock_operations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"number" text NOT NULL,
	"type" text NOT NULL,
	"state" text NOT NULL,
	"from_location_id" uuid NOT NULL,
	"to_location_id" uuid NOT NULL,
	"partner_name" text,
	"reference" text,
	"source_type" text,
	"source_id" uuid,
	"notes" text,
	"operation_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"done_at" timestamp with time zone,
	CONSTRAINT "stock_operations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "stock_operations_number_unique" UNIQUE("tenant_id","number"),
	CONSTRAINT "stock_operations_type_valid" CHECK ("stock_operations"."type" in ('receipt', 'delivery', 'transfer', 'scrap', 'return')),
	CONSTRAINT "stock_operations_state_valid" CHECK ("stock_operations"."state" in ('in_transit', 'done'))
);
--> statement-breakpoint
ALTER TABLE "stock_operations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "cost_layers" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"product_id" uuid NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"quantity" numeric(18, 4) NOT NULL,
	"remaining_quantity" numeric(18, 4) NOT NULL,
	"unit_cost" numeric(18, 4) NOT NULL,
	"remaining_value" numeric(18, 4) NOT NULL,
	"source_move_id" uuid NOT NULL,
	CONSTRAINT "cost_layers_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "cost_layers_remaining_valid" CHECK ("cost_layers"."remaining_quantity" >= 0 and "cost_layers"."remaining_quantity" <= "cost_layers"."quantity" and "cost_layers"."remaining_value" >= 0)
);
--> statement-breakpoint
ALTER TABLE "cost_layers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "lots" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"product_id" uuid NOT NULL,
	"number" text NOT NULL,
	"is_serial" boolean NOT NULL,
	"expiry_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lots_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "lots" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "stock_valuations" (
	"tenant_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"quantity" numeric(18, 4) NOT NULL,
	"value" numeric(18, 4) NOT NULL,
	CONSTRAINT "stock_valuations_tenant_id_product_id_pk" PRIMARY KEY("tenant_id","product_id"),
	CONSTRAINT "stock_valuations_not_negative" CHECK ("stock_valuations"."quantity" >= 0 and "stock_valuations"."value" >= 0)
);
--> statement-breakpoint
ALTER TABLE "stock_valuations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "zones" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"min_temperature" numeric(5, 1),
	"max_temperature" numeric(5, 1),
	"capacity" numeric(18, 4),
	"capacity_unit" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zones_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "zones_in_warehouse" UNIQUE("tenant_id","warehouse_id","id"),
	CONSTRAINT "zones_kind_valid" CHECK ("zones"."kind" in ('ambient', 'chiller', 'frozen', 'dangerous')),
	CONSTRAINT "zones_temperature_range" CHECK ("zones"."min_temperature" is null or "zones"."max_temperature" is null or "zones"."min_temperature" <= "zones"."max_temperature"),
	CONSTRAINT "zones_capacity_positive" CHECK ("zones"."capacity" is null or "zones"."capacity" > 0)
);
--> statement-breakpoint
ALTER TABLE "zones" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "zone_id" uuid;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD COLUMN "is_serial" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "stock_moves" ADD COLUMN "value" numeric(18, 4) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "warehouses" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "sales_order_lines" ADD COLUMN "delivered_quantity" numeric(18, 4) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "sales_order_lines" ADD COLUMN "returned_quantity" numeric(18, 4) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "stock_operation_lines" ADD CONSTRAINT "stock_operation_lines_operation_fk" FOREIGN KEY ("tenant_id","operation_id") REFERENCES "public"."stock_operations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_operation_lines" ADD CONSTRAINT "stock_operation_lines_product_fk" FOREIGN KEY ("tenant_id","product_id") REFERENCES "public"."products"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_operation_lines" ADD CONSTRAINT "stock_operation_lines_lot_fk" FOREIGN KEY ("tenant_id","lot_id") REFERENCES "public"."lots"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_operations" ADD CONSTRAINT "stock_operations_from_fk" FOREIGN KEY ("tenant_id","from_location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_operations" ADD CONSTRAINT "stock_operations_to_fk" FOREIGN KEY ("tenant_id","to_location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_layers" ADD CONSTRAINT "cost_layers_product_fk" FOREIGN KEY ("tenant_id","product_id") REFERENCES "public"."products"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lots" ADD CONSTRAINT "lots_product_fk" FOREIGN KEY ("tenant_id","product_id") REFERENCES "public"."products"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_valuations" ADD CONSTRAINT "stock_valuations_product_fk" FOREIGN KEY ("tenant_id","product_id") REFERENCES "public"."products"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_warehouse_fk" FOREIGN KEY ("tenant_id","warehouse_id") REFERENCES "public"."warehouses"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stock_operation_lines_tenant_id_lot_id_index" ON "stock_operation_lines" USING btree ("tenant_id","lot_id");--> statement-breakpoint
CREATE INDEX "stock_operations_tenant_id_type_created_at_id_index" ON "stock_operations" USING btree ("tenant_id","type","created_at","id");--> statement-breakpoint
CREATE INDEX "stock_operations_tenant_id_source_type_source_id_index" ON "stock_operations" USING btree ("tenant_id","source_type","source_id");--> statement-breakpoint
CREATE INDEX "cost_layers_open" ON "cost_layers" USING btree ("tenant_id","product_id","received_at","id") WHERE remaining_quantity > 0;--> statement-breakpoint
CREATE UNIQUE INDEX "lots_number_unique" ON "lots" USING btree ("tenant_id","product_id",lower("number"));--> statement-breakpoint
CREATE INDEX "lots_tenant_id_product_id_expiry_date_index" ON "lots" USING btree ("tenant_id","product_id","expiry_date");--> statement-breakpoint
CREATE UNIQUE INDEX "zones_code_unique" ON "zones" USING btree ("tenant_id","warehouse_id",lower("code"));--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_zone_fk" FOREIGN KEY ("tenant_id","warehouse_id","zone_id") REFERENCES "public"."zones"("tenant_id","warehouse_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_lot_fk" FOREIGN KEY ("tenant_id","lot_id") REFERENCES "public"."lots"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_moves" ADD CONSTRAINT "stock_moves_lot_fk" FOREIGN KEY ("tenant_id","lot_id") REFERENCES "public"."lots"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_reservations" ADD CONSTRAINT "stock_reservations_lot_fk" FOREIGN KEY ("tenant_id","lot_id") REFERENCES "public"."lots"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "stock_levels_serial_in_one_place" ON "stock_levels" USING btree ("tenant_id","lot_id") WHERE is_serial and on_hand > 0;--> statement-breakpoint
CREATE INDEX "stock_moves_by_time" ON "stock_moves" USING btree ("tenant_id","posted_at","id");--> statement-breakpoint
CREATE INDEX "stock_moves_by_from" ON "stock_moves" USING btree ("tenant_id","from_location_id","posted_at","id");--> statement-breakpoint
CREATE INDEX "stock_moves_by_to" ON "stock_moves" USING btree ("tenant_id","to_location_id","posted_at","id");--> statement-breakpoint
CREATE INDEX "stock_moves_by_lot" ON "stock_moves" USING btree ("tenant_id","lot_id","posted_at","id") WHERE lot_id is not null;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_zone_needs_warehouse" CHECK ("locations"."zone_id" is null or "locations"."warehouse_id" is not null);--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_serial_is_one" CHECK (not "stock_levels"."is_serial" or ("stock_levels"."lot_id" is not null and "stock_levels"."on_hand" <= 1));--> statement-breakpoint
ALTER TABLE "stock_moves" ADD CONSTRAINT "stock_moves_value_not_negative" CHECK ("stock_moves"."value" >= 0 and "stock_moves"."unit_cost" >= 0);--> statement-breakpoint
ALTER TABLE "sales_order_lines" ADD CONSTRAINT "sales_order_lines_delivered_within" CHECK ("sales_order_lines"."delivered_quantity" >= 0 and "sales_order_lines"."delivered_quantity" <= "sales_order_lines"."quantity" and "sales_order_lines"."returned_quantity" >= 0 and "sales_order_lines"."returned_quantity" <= "sales_order_lines"."delivered_quantity");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stock_operation_lines" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stock_operations" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "cost_layers" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "lots" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stock_valuations" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "zones" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());