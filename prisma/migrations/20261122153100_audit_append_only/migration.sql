-- The audit trail is evidence: once written, no role may change or remove a row, not even the
-- table owner the application connects as. Triggers (unlike REVOKE) bind the owner too; only a
-- superuser who disables the trigger first can get around them, and that is itself visible in the
-- server log. Retention, when it comes, must be a deliberate migration that replaces this function.

-- CreateFunction
CREATE FUNCTION "audit_events_refuse_change"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Audit rows can only be inserted.';
END;
$$;

-- CreateTrigger
CREATE TRIGGER "audit_events_append_only"
    BEFORE UPDATE OR DELETE ON "audit_events"
    FOR EACH ROW EXECUTE FUNCTION "audit_events_refuse_change"();

-- CreateTrigger
CREATE TRIGGER "audit_events_no_truncate"
    BEFORE TRUNCATE ON "audit_events"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_refuse_change"();
