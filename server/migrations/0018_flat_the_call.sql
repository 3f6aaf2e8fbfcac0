CREATE TABLE "chatter_attachments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chatter_attachments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "chatter_attachments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "chatter_followers" (
	"tenant_id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chatter_followers_tenant_id_record_type_record_id_user_id_pk" PRIMARY KEY("tenant_id","record_type","record_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "chatter_followers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "chatter_notes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT uuid_v7() NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"mentions" uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chatter_notes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "chatter_notes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "chatter_attachments" ADD CONSTRAINT "chatter_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chatter_followers" ADD CONSTRAINT "chatter_followers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chatter_notes" ADD CONSTRAINT "chatter_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chatter_attachments_tenant_id_record_type_record_id_id_index" ON "chatter_attachments" USING btree ("tenant_id","record_type","record_id","id");--> statement-breakpoint
CREATE INDEX "chatter_notes_tenant_id_record_type_record_id_id_index" ON "chatter_notes" USING btree ("tenant_id","record_type","record_id","id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "chatter_attachments" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "chatter_followers" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "chatter_notes" AS PERMISSIVE FOR ALL TO "erp_app" USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());