-- A posted journal entry balances exactly and has at least two lines, and ledger lines belong to
-- posted entries only. Checked at commit (deferred), so an entry and its lines may be written in
-- any order within the transaction; whatever the code above does, an unbalanced entry never commits.
CREATE OR REPLACE FUNCTION journal_entry_must_balance() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  checked_tenant uuid := NEW.tenant_id;
  checked_entry uuid;
  entry_state text;
  entry_number text;
  total_debit numeric;
  total_credit numeric;
  line_count int;
BEGIN
  -- Each branch is planned only when taken: the two tables name the entry differently.
  IF TG_TABLE_NAME = 'journal_lines' THEN
    checked_entry := NEW.entry_id;
  ELSE
    checked_entry := NEW.id;
  END IF;
  SELECT e.state, e.number INTO entry_state, entry_number
  FROM journal_entries e WHERE e.tenant_id = checked_tenant AND e.id = checked_entry;
  IF entry_state IS DISTINCT FROM 'posted' THEN
    RAISE EXCEPTION 'journal lines may only belong to a posted entry (entry %)', checked_entry
      USING ERRCODE = '23514', CONSTRAINT = 'journal_lines_entry_posted';
  END IF;
  SELECT coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0), count(*)
  INTO total_debit, total_credit, line_count
  FROM journal_lines l WHERE l.tenant_id = checked_tenant AND l.entry_id = checked_entry;
  IF total_debit <> total_credit OR line_count < 2 THEN
    RAISE EXCEPTION 'journal entry % does not balance: debit %, credit %, % lines', entry_number, total_debit, total_credit, line_count
      USING ERRCODE = '23514', CONSTRAINT = 'journal_entries_balanced';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER journal_entries_balanced AFTER INSERT OR UPDATE ON journal_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.state = 'posted') EXECUTE FUNCTION journal_entry_must_balance();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER journal_lines_balanced AFTER INSERT ON journal_lines
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_must_balance();
--> statement-breakpoint
-- Posted entries are never changed or deleted: corrections are reversals. The one later stamp is
-- `reversed_by`, set once when the reversal is posted.
CREATE OR REPLACE FUNCTION journal_entry_posted_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.state = 'posted' THEN
    IF TG_OP = 'DELETE'
       OR OLD.reversed_by IS NOT NULL AND NEW.reversed_by IS DISTINCT FROM OLD.reversed_by
       OR (to_jsonb(NEW) - 'reversed_by' - 'updated_at') <> (to_jsonb(OLD) - 'reversed_by' - 'updated_at') THEN
      RAISE EXCEPTION 'journal entry % is posted and cannot be changed or deleted; reverse it instead', OLD.number
        USING ERRCODE = '23514', CONSTRAINT = 'journal_entries_posted_immutable';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER journal_entries_posted_immutable BEFORE UPDATE OR DELETE ON journal_entries
  FOR EACH ROW EXECUTE FUNCTION journal_entry_posted_immutable();
--> statement-breakpoint
-- The general ledger is append-only for the application.
REVOKE UPDATE, DELETE ON journal_lines FROM erp_app;
