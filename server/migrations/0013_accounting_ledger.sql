CREATE TABLE "account_period_balances" (
	"tenant_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"debit" numeric(24, 4) DEFAULT '0' NOT NULL,
	"credit" numeric(24, 4) DEFAULT '0' NOT NULL,
	CONSTRAINT "account_period_balances_tenant_id_account_id_period_id_pk" PRIMARY KEY("tenant_id","account_id","period_id")
);
--> statement-breakpoint
ALTER TABLE "account_period_balances" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "accounting_periods" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"fiscal_year_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"period_no" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	CONSTRAINT "accounting_periods_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "accounting_periods_year_no_unique" UNIQUE("tenant_id","year","period_no"),
	CONSTRAINT "accounting_periods_no_valid" CHECK ("accounting_periods"."period_no" between 1 and 13),
	CONSTRAINT "accounting_periods_state_valid" CHECK ("accounting_periods"."state" in ('open', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "accounting_periods" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "accounts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"normal_side" text NOT NULL,
	"parent_id" uuid,
	"is_group" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"cash_flow_activity" text,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "accounts_type_valid" CHECK ("accounts"."type" in ('asset', 'liability', 'equity', 'income', 'expense')),
	CONSTRAINT "accounts_normal_side_valid" CHECK ("accounts"."normal_side" in ('debit', 'credit')),
	CONSTRAINT "accounts_cash_flow_activity_valid" CHECK ("accounts"."cash_flow_activity" is null or ("accounts"."cash_flow_activity" in ('cash', 'operating', 'investing', 'financing') and "accounts"."type" in ('asset', 'liability', 'equity')))
);
--> statement-breakpoint
ALTER TABLE "accounts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "default_accounts" (
	"tenant_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"account_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "default_accounts_tenant_id_purpose_pk" PRIMARY KEY("tenant_id","purpose")
);
--> statement-breakpoint
ALTER TABLE "default_accounts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "fiscal_years" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"year" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"closing_entry_id" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	CONSTRAINT "fiscal_years_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "fiscal_years_year_unique" UNIQUE("tenant_id","year"),
	CONSTRAINT "fiscal_years_state_valid" CHECK ("fiscal_years"."state" in ('open', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "fiscal_years" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "journal_draft_lines" (
	"tenant_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"account_id" uuid NOT NULL,
	"debit" numeric(18, 4) DEFAULT '0' NOT NULL,
	"credit" numeric(18, 4) DEFAULT '0' NOT NULL,
	"partner_id" uuid,
	"memo" text,
	"cost_center" text,
	CONSTRAINT "journal_draft_lines_tenant_id_entry_id_line_no_pk" PRIMARY KEY("tenant_id","entry_id","line_no"),
	CONSTRAINT "journal_draft_lines_amounts_valid" CHECK ("journal_draft_lines"."debit" >= 0 and "journal_draft_lines"."credit" >= 0)
);
--> statement-breakpoint
ALTER TABLE "journal_draft_lines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "journal_entries" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"number" text,
	"entry_date" date NOT NULL,
	"period_id" uuid,
	"memo" text NOT NULL,
	"source_type" text,
	"source_id" uuid,
	"source_number" text,
	"state" text DEFAULT 'draft' NOT NULL,
	"total" numeric(24, 4) DEFAULT '0' NOT NULL,
	"reversal_of" uuid,
	"reversed_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"posted_by" uuid,
	"posted_at" timestamp with time zone,
	CONSTRAINT "journal_entries_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "journal_entries_number_unique" UNIQUE("tenant_id","number"),
	CONSTRAINT "journal_entries_state_valid" CHECK ("journal_entries"."state" in ('draft', 'posted')),
	CONSTRAINT "journal_entries_posted_complete" CHECK ("journal_entries"."state" = 'draft' or ("journal_entries"."number" is not null and "journal_entries"."period_id" is not null and "journal_entries"."posted_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "journal_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "journal_lines" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"entry_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"account_id" uuid NOT NULL,
	"entry_date" date NOT NULL,
	"period_id" uuid NOT NULL,
	"debit" numeric(18, 4) DEFAULT '0' NOT NULL,
	"credit" numeric(18, 4) DEFAULT '0' NOT NULL,
	"partner_id" uuid,
	"memo" text,
	"cost_center" text,
	CONSTRAINT "journal_lines_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "journal_lines_entry_line_unique" UNIQUE("tenant_id","entry_id","line_no"),
	CONSTRAINT "journal_lines_one_side" CHECK ("journal_lines"."debit" >= 0 and "journal_lines"."credit" >= 0 and ("journal_lines"."debit" = 0) <> ("journal_lines"."credit" = 0))
);
--> statement-breakpoint
ALTER TABLE "journal_lines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "partner_account_balances" (
	"tenant_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"debit" numeric(24, 4) DEFAULT '0' NOT NULL,
	"credit" numeric(24, 4) DEFAULT '0' NOT NULL,
	CONSTRAINT "partner_account_balances_tenant_id_account_id_partner_id_pk" PRIMARY KEY("tenant_id","account_id","partner_id")
);
--> statement-breakpoint
ALTER TABLE "partner_account_balances" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "account_period_balances" ADD CONSTRAINT "account_period_balances_account_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_period_balances" ADD CONSTRAINT "account_period_balances_period_fk" FOREIGN KEY ("tenant_id","period_id") REFERENCES "public"."accounting_periods"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounting_periods" ADD CONSTRAINT "accounting_periods_fiscal_year_fk" FOREIGN KEY ("tenant_id","fiscal_year_id") REFERENCES "public"."fiscal_years"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_parent_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "default_accounts" ADD CONSTRAINT "default_accounts_account_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_draft_lines" ADD CONSTRAINT "journal_draft_lines_entry_fk" FOREIGN KEY ("tenant_id","entry_id") REFERENCES "public"."journal_entries"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_draft_lines" ADD CONSTRAINT "journal_draft_lines_account_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_period_fk" FOREIGN KEY ("tenant_id","period_id") REFERENCES "public"."accounting_periods"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_reversal_of_fk" FOREIGN KEY ("tenant_id","reversal_of") REFERENCES "public"."journal_entries"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_lines" ADD CONSTRAINT "journal_lines_entry_fk" FOREIGN KEY ("tenant_id","entry_id") REFERENCES "public"."journal_entries"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_lines" ADD CONSTRAINT "journal_lines_account_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_lines" ADD CONSTRAINT "journal_lines_period_fk" FOREIGN KEY ("tenant_id","period_id") REFERENCES "public"."accounting_periods"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_account_balances" ADD CONSTRAINT "partner_account_balances_account_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_period_balances_tenant_id_period_id_index" ON "account_period_balances" USING btree ("tenant_id","period_id");--> statement-breakpoint
CREATE INDEX "accounting_periods_tenant_id_end_date_index" ON "accounting_periods" USING btree ("tenant_id","end_date");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_code_unique" ON "accounts" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "accounts_tenant_id_parent_id_index" ON "accounts" USING btree ("tenant_id","parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "journal_entries_one_reversal" ON "journal_entries" USING btree ("tenant_id","reversal_of") WHERE reversal_of is not null;--> statement-breakpoint
CREATE INDEX "journal_entries_by_date" ON "journal_entries" USING btree ("tenant_id","entry_date","id");--> statement-breakpoint
CREATE INDEX "journal_entries_by_source" ON "journal_entries" USING btree ("tenant_id","source_type","source_id");--> statement-breakpoint
CREATE INDEX "journal_lines_by_account_date" ON "journal_lines" USING btree ("tenant_id","account_id","entry_date","id");--> statement-breakpoint
CREATE INDEX "journal_lines_by_partner" ON "journal_lines" USING btree ("tenant_id","partner_id","account_id","entry_date") WHERE partner_id is not null;--> statement-breakpoint
CREATE INDEX "partner_account_balances_tenant_id_partner_id_index" ON "partner_account_balances" USING btree ("tenant_id","partner_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "account_period_balances" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "accounting_periods" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "accounts" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "default_accounts" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "fiscal_years" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "journal_draft_lines" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "journal_entries" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "journal_lines" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "partner_account_balances" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());