CREATE TABLE "auth_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"blocked_until" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "auth_throttles" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "auth_throttles_expires_at_index" ON "auth_throttles" USING btree ("expires_at");--> statement-breakpoint
-- Sign-in counters are platform data: the app role has no business with them.
REVOKE ALL ON auth_throttles FROM erp_app;
