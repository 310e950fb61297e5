-- The API's runtime connection must not own what it writes to, or it could disable the append-only
-- trigger of audit_events and then delete rows (docs/security.md, "Two database roles"). Migrations
-- run as the owner (MIGRATE_DATABASE_URL); the runtime login (DATABASE_URL) is a member of the
-- NOLOGIN group role cos_runtime, which this migration grants exactly what the API needs: rows of
-- every table, but on audit_events only INSERT and SELECT, and nothing on _prisma_migrations.
--
-- Roles belong to the whole server, not to one database. The group is created here when the
-- migrating role may create roles (the embedded development server, CI); otherwise the operator
-- creates it first (README, "Two database roles") or, after creating it later, runs
-- `SELECT cos_grant_runtime_rights();` as the owner. With a single DATABASE_URL the owner is also
-- the runtime role and none of this changes what it may do.

-- CreateFunction
CREATE FUNCTION "cos_grant_runtime_rights"() RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    target text := quote_ident(current_schema());
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cos_runtime') THEN
        RAISE NOTICE 'role cos_runtime does not exist: no runtime rights granted (README, "Two database roles")';
        RETURN;
    END IF;
    EXECUTE 'GRANT USAGE ON SCHEMA ' || target || ' TO cos_runtime';
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ' || target || ' TO cos_runtime';
    EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ' || target || ' TO cos_runtime';
    REVOKE ALL ON "audit_events" FROM cos_runtime;
    GRANT SELECT, INSERT ON "audit_events" TO cos_runtime;
    REVOKE ALL ON "_prisma_migrations" FROM cos_runtime;
    -- Tables and sequences later migrations create (as the same owner) get the same row rights; a
    -- future append-only table must revoke them in its own migration, as audit_events does above.
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ' || target
        || ' GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO cos_runtime';
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ' || target
        || ' GRANT USAGE, SELECT ON SEQUENCES TO cos_runtime';
END;
$$;

-- CreateRole (only when missing and allowed)
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cos_runtime') THEN
        CREATE ROLE cos_runtime NOLOGIN;
    END IF;
EXCEPTION
    WHEN insufficient_privilege THEN
        RAISE NOTICE 'cannot create role cos_runtime here: create it as described in the README';
    -- Another database of the same server migrating at the same moment created it first.
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END;
$$;

SELECT "cos_grant_runtime_rights"();
