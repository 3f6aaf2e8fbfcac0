-- Live document updates: every change of a record writes an audit row in the same transaction,
-- so announcing each audit row announces every change, whichever module made it and however
-- (recordAudit or an audit CTE). NOTIFY is delivered at commit and never on rollback, to every
-- app instance that listens. The payload stays small: who, what and the new state, never the
-- record's business data. A statement that audits many rows (an import) announces one change
-- per record kind instead, so a bulk write does not flood the queue or the browsers.
CREATE OR REPLACE FUNCTION announce_record_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  change record;
BEGIN
  IF (SELECT count(*) FROM audited) > 20 THEN
    FOR change IN SELECT a.tenant_id, a.entity, count(*) AS changes FROM audited a GROUP BY a.tenant_id, a.entity LOOP
      PERFORM pg_notify('record_changes', json_build_object(
        'tenantId', change.tenant_id, 'kind', change.entity, 'changes', change.changes)::text);
    END LOOP;
    RETURN NULL;
  END IF;
  FOR change IN
    SELECT a.tenant_id, a.entity, a.entity_id, a.action, a.actor_id, u.name AS actor_name,
           coalesce(a.after ->> 'number', a.before ->> 'number') AS number, a.after ->> 'state' AS state
    FROM audited a LEFT JOIN users u ON u.id = a.actor_id
  LOOP
    PERFORM pg_notify('record_changes', json_build_object(
      'tenantId', change.tenant_id, 'kind', change.entity, 'id', change.entity_id, 'action', change.action,
      'number', change.number, 'state', change.state, 'actorId', change.actor_id, 'actorName', change.actor_name)::text);
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_announce AFTER INSERT ON audit_log REFERENCING NEW TABLE AS audited
  FOR EACH STATEMENT EXECUTE FUNCTION announce_record_changes();
