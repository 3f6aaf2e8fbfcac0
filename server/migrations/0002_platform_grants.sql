-- The app role sees only the public columns of users (never password hashes), through the
-- users_visible_to_co_members policy.
REVOKE ALL ON users FROM erp_app;
--> statement-breakpoint
GRANT SELECT (id, name, email) ON users TO erp_app;
--> statement-breakpoint
-- The audit log is append-only for the application.
REVOKE UPDATE, DELETE ON audit_log FROM erp_app;
--> statement-breakpoint
-- Platform tables the app role has no business with; row-level security already hides their
-- rows, and the missing grants make a mistake fail loudly instead of returning nothing.
REVOKE ALL ON sessions, refresh_tokens, one_time_codes, idempotency_keys, instance_settings FROM erp_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE ON outbox FROM erp_app;
--> statement-breakpoint
REVOKE SELECT ON outbox FROM erp_app;
--> statement-breakpoint
REVOKE INSERT, DELETE ON tenants FROM erp_app;
--> statement-breakpoint
-- Wakes the dispatcher when an outbox row commits (NOTIFY is delivered at commit, never on rollback).
CREATE OR REPLACE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox', '');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox();
