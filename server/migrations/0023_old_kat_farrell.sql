CREATE TABLE "payment_terms" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"days" integer NOT NULL,
	"end_of_month" boolean DEFAULT false NOT NULL,
	"discount_percent" numeric(5, 2),
	"discount_days" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_terms_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "payment_terms_days_valid" CHECK ("payment_terms"."days" between 0 and 365),
	CONSTRAINT "payment_terms_discount_valid" CHECK (("payment_terms"."discount_percent" is null and "payment_terms"."discount_days" is null) or
          ("payment_terms"."discount_percent" > 0 and "payment_terms"."discount_percent" < 100 and "payment_terms"."discount_days" between 0 and "payment_terms"."days"))
);
--> statement-breakpoint
ALTER TABLE "payment_terms" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "customer_invoices" ADD COLUMN "payment_term_name" text;--> statement-breakpoint
ALTER TABLE "customer_invoices" ADD COLUMN "early_payment_discount_percent" numeric(5, 2);--> statement-breakpoint
ALTER TABLE "customer_invoices" ADD COLUMN "early_payment_discount_due_date" date;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "payment_term_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_terms_code_unique" ON "payment_terms" USING btree ("tenant_id",lower("code"));--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_payment_term_fk" FOREIGN KEY ("tenant_id","payment_term_id") REFERENCES "public"."payment_terms"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "payment_terms" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());