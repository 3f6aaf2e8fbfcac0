ALTER TABLE "stock_adjustment_lines" ADD COLUMN "lot_id" uuid;--> statement-breakpoint
ALTER TABLE "stock_adjustment_lines" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "stock_adjustment_lines" ADD CONSTRAINT "stock_adjustment_lines_lot_fk" FOREIGN KEY ("tenant_id","lot_id") REFERENCES "public"."lots"("tenant_id","id") ON DELETE no action ON UPDATE no action;