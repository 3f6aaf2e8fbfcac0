CREATE TABLE "stock_count_lines" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"count_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"product_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"lot_id" uuid,
	"sku" text NOT NULL,
	"product_name" text NOT NULL,
	"barcode" text,
	"unit_of_measure" text NOT NULL,
	"location_code" text NOT NULL,
	"lot_number" text,
	"system_quantity" numeric(18, 4) NOT NULL,
	"unit_cost" numeric(18, 4) NOT NULL,
	"counted_quantity" numeric(18, 4),
	"added_while_counting" boolean DEFAULT false NOT NULL,
	"recount" boolean DEFAULT false NOT NULL,
	"reason" text,
	"note" text,
	"counted_at" timestamp with time zone,
	"counted_by" uuid,
	CONSTRAINT "stock_count_lines_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "stock_count_lines_line_no" UNIQUE("tenant_id","count_id","line_no"),
	CONSTRAINT "stock_count_lines_balance" UNIQUE NULLS NOT DISTINCT("tenant_id","count_id","product_id","location_id","lot_id"),
	CONSTRAINT "stock_count_lines_quantities_valid" CHECK ("stock_count_lines"."system_quantity" >= 0 and "stock_count_lines"."unit_cost" >= 0),
	CONSTRAINT "stock_count_lines_counted_valid" CHECK ("stock_count_lines"."counted_quantity" is null or "stock_count_lines"."counted_quantity" >= 0),
	CONSTRAINT "stock_count_lines_reason_valid" CHECK ("stock_count_lines"."reason" is null or "stock_count_lines"."reason" in ('theft', 'damage', 'input_error', 'return_not_recorded', 'receiving_error', 'expired', 'shrinkage', 'system_error', 'unknown', 'other'))
);
--> statement-breakpoint
ALTER TABLE "stock_count_lines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "stock_counts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"number" text NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"warehouse_name" text NOT NULL,
	"zone_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"location_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"category_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"frequency" text NOT NULL,
	"planned_date" date NOT NULL,
	"blind" boolean DEFAULT false NOT NULL,
	"team_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"note" text,
	"state" text DEFAULT 'scheduled' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"started_by" uuid,
	"counted_at" timestamp with time zone,
	"counted_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"posted_at" timestamp with time zone,
	"posted_by" uuid,
	"rejected_at" timestamp with time zone,
	"rejected_by" uuid,
	"reject_reason" text,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancel_reason" text,
	"adjustment_id" uuid,
	CONSTRAINT "stock_counts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "stock_counts_number_unique" UNIQUE("tenant_id","number"),
	CONSTRAINT "stock_counts_state_valid" CHECK ("stock_counts"."state" in ('scheduled', 'counting', 'counted', 'reviewed', 'approved', 'posted', 'cancelled')),
	CONSTRAINT "stock_counts_frequency_valid" CHECK ("stock_counts"."frequency" in ('daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'ad_hoc'))
);
--> statement-breakpoint
ALTER TABLE "stock_counts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "company_settings" (
	"tenant_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "company_settings_tenant_id_key_pk" PRIMARY KEY("tenant_id","key")
);
--> statement-breakpoint
ALTER TABLE "company_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "stock_count_lines" ADD CONSTRAINT "stock_count_lines_count_fk" FOREIGN KEY ("tenant_id","count_id") REFERENCES "public"."stock_counts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_count_lines" ADD CONSTRAINT "stock_count_lines_product_fk" FOREIGN KEY ("tenant_id","product_id") REFERENCES "public"."products"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_count_lines" ADD CONSTRAINT "stock_count_lines_location_fk" FOREIGN KEY ("tenant_id","location_id") REFERENCES "public"."locations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_count_lines" ADD CONSTRAINT "stock_count_lines_lot_fk" FOREIGN KEY ("tenant_id","lot_id") REFERENCES "public"."lots"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_counts" ADD CONSTRAINT "stock_counts_warehouse_fk" FOREIGN KEY ("tenant_id","warehouse_id") REFERENCES "public"."warehouses"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_counts" ADD CONSTRAINT "stock_counts_adjustment_fk" FOREIGN KEY ("tenant_id","adjustment_id") REFERENCES "public"."stock_adjustments"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stock_counts_by_date" ON "stock_counts" USING btree ("tenant_id","planned_date","id");--> statement-breakpoint
CREATE INDEX "stock_counts_by_warehouse_date" ON "stock_counts" USING btree ("tenant_id","warehouse_id","planned_date","id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stock_count_lines" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "stock_counts" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "company_settings" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());