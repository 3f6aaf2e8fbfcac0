CREATE TABLE "customer_invoice_lines" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"sales_order_line_id" uuid,
	"product_id" uuid,
	"description" text NOT NULL,
	"quantity" numeric(18, 4) NOT NULL,
	"unit_price" numeric(18, 4) NOT NULL,
	"discount_percent" numeric(5, 2) DEFAULT '0' NOT NULL,
	"net_amount" numeric(18, 4) NOT NULL,
	"tax_rate" numeric(5, 2) NOT NULL,
	"tax_amount" numeric(18, 4) NOT NULL,
	"revenue_account" text NOT NULL,
	CONSTRAINT "customer_invoice_lines_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "customer_invoice_lines_tenantId_invoiceId_lineNo_unique" UNIQUE("tenant_id","invoice_id","line_no"),
	CONSTRAINT "customer_invoice_lines_quantity_positive" CHECK ("customer_invoice_lines"."quantity" > 0),
	CONSTRAINT "customer_invoice_lines_price_not_negative" CHECK ("customer_invoice_lines"."unit_price" >= 0),
	CONSTRAINT "customer_invoice_lines_tax_rate" CHECK ("customer_invoice_lines"."tax_rate" between 0 and 100),
	CONSTRAINT "customer_invoice_lines_revenue_account" CHECK ("customer_invoice_lines"."revenue_account" in ('sales_revenue', 'service_revenue'))
);
--> statement-breakpoint
ALTER TABLE "customer_invoice_lines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "customer_invoices" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"kind" text DEFAULT 'invoice' NOT NULL,
	"number" text,
	"customer_id" uuid NOT NULL,
	"customer_name" text NOT NULL,
	"sales_order_id" uuid,
	"credited_invoice_id" uuid,
	"invoice_date" date NOT NULL,
	"due_date" date NOT NULL,
	"currency" varchar(3) NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"subtotal" numeric(18, 4) NOT NULL,
	"tax_total" numeric(18, 4) NOT NULL,
	"total" numeric(18, 4) NOT NULL,
	"amount_paid" numeric(18, 4) DEFAULT '0' NOT NULL,
	"journal_entry_id" uuid,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"posted_at" timestamp with time zone,
	"posted_by" uuid,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancel_reason" text,
	CONSTRAINT "customer_invoices_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "customer_invoices_number_unique" UNIQUE("tenant_id","number"),
	CONSTRAINT "customer_invoices_state_valid" CHECK ("customer_invoices"."state" in ('draft', 'posted', 'partially_paid', 'paid', 'cancelled')),
	CONSTRAINT "customer_invoices_kind_valid" CHECK ("customer_invoices"."kind" in ('invoice', 'credit_note')),
	CONSTRAINT "customer_invoices_numbered_when_posted" CHECK ("customer_invoices"."state" = 'draft' or "customer_invoices"."number" is not null),
	CONSTRAINT "customer_invoices_paid_within" CHECK ("customer_invoices"."amount_paid" >= 0 and "customer_invoices"."amount_paid" <= "customer_invoices"."total"),
	CONSTRAINT "customer_invoices_amounts_not_negative" CHECK ("customer_invoices"."subtotal" >= 0 and "customer_invoices"."tax_total" >= 0),
	CONSTRAINT "customer_invoices_due_after_date" CHECK ("customer_invoices"."due_date" >= "customer_invoices"."invoice_date")
);
--> statement-breakpoint
ALTER TABLE "customer_invoices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "customer_payments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"number" text NOT NULL,
	"customer_id" uuid NOT NULL,
	"payment_date" date NOT NULL,
	"method" text NOT NULL,
	"reference" text,
	"amount" numeric(18, 4) NOT NULL,
	"allocated_amount" numeric(18, 4) DEFAULT '0' NOT NULL,
	"journal_entry_id" uuid NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "customer_payments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "customer_payments_number_unique" UNIQUE("tenant_id","number"),
	CONSTRAINT "customer_payments_amount_positive" CHECK ("customer_payments"."amount" > 0),
	CONSTRAINT "customer_payments_method_valid" CHECK ("customer_payments"."method" in ('cash', 'bank')),
	CONSTRAINT "customer_payments_allocated_within" CHECK ("customer_payments"."allocated_amount" >= 0 and "customer_payments"."allocated_amount" <= "customer_payments"."amount")
);
--> statement-breakpoint
ALTER TABLE "customer_payments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "payment_allocations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"payment_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"amount" numeric(18, 4) NOT NULL,
	"allocated_on" date NOT NULL,
	"journal_entry_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "payment_allocations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "payment_allocations_amount_positive" CHECK ("payment_allocations"."amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "payment_allocations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "customer_invoice_lines" ADD CONSTRAINT "customer_invoice_lines_invoice_fk" FOREIGN KEY ("tenant_id","invoice_id") REFERENCES "public"."customer_invoices"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_invoice_lines" ADD CONSTRAINT "customer_invoice_lines_product_fk" FOREIGN KEY ("tenant_id","product_id") REFERENCES "public"."products"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_invoices" ADD CONSTRAINT "customer_invoices_customer_fk" FOREIGN KEY ("tenant_id","customer_id") REFERENCES "public"."customers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_invoices" ADD CONSTRAINT "customer_invoices_order_fk" FOREIGN KEY ("tenant_id","sales_order_id") REFERENCES "public"."sales_orders"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_invoices" ADD CONSTRAINT "customer_invoices_credited_fk" FOREIGN KEY ("tenant_id","credited_invoice_id") REFERENCES "public"."customer_invoices"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_invoices" ADD CONSTRAINT "customer_invoices_entry_fk" FOREIGN KEY ("tenant_id","journal_entry_id") REFERENCES "public"."journal_entries"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_payments" ADD CONSTRAINT "customer_payments_customer_fk" FOREIGN KEY ("tenant_id","customer_id") REFERENCES "public"."customers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_payments" ADD CONSTRAINT "customer_payments_entry_fk" FOREIGN KEY ("tenant_id","journal_entry_id") REFERENCES "public"."journal_entries"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_payment_fk" FOREIGN KEY ("tenant_id","payment_id") REFERENCES "public"."customer_payments"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_invoice_fk" FOREIGN KEY ("tenant_id","invoice_id") REFERENCES "public"."customer_invoices"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_invoices_by_date" ON "customer_invoices" USING btree ("tenant_id","invoice_date","id");--> statement-breakpoint
CREATE INDEX "customer_invoices_by_customer" ON "customer_invoices" USING btree ("tenant_id","customer_id","invoice_date","id");--> statement-breakpoint
CREATE INDEX "customer_invoices_by_order" ON "customer_invoices" USING btree ("tenant_id","sales_order_id");--> statement-breakpoint
CREATE INDEX "customer_invoices_open_by_due" ON "customer_invoices" USING btree ("tenant_id","due_date","id") WHERE state in ('posted', 'partially_paid');--> statement-breakpoint
CREATE INDEX "customer_payments_by_date" ON "customer_payments" USING btree ("tenant_id","payment_date","id");--> statement-breakpoint
CREATE INDEX "customer_payments_by_customer" ON "customer_payments" USING btree ("tenant_id","customer_id","payment_date","id");--> statement-breakpoint
CREATE INDEX "payment_allocations_by_invoice" ON "payment_allocations" USING btree ("tenant_id","invoice_id");--> statement-breakpoint
CREATE INDEX "payment_allocations_by_payment" ON "payment_allocations" USING btree ("tenant_id","payment_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "customer_invoice_lines" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "customer_invoices" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "customer_payments" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "payment_allocations" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());