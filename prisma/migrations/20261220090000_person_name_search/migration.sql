-- Staff name search at a million people (docs/product.md §6, docs/decisions/0002-staff-name-search.md). Fuzzy
-- matching runs on the distinct names (person_last_names, person_first_names: trigram-indexed, a
-- few thousand rows), not on every person: a common surname is tens of thousands of people, and a
-- trigram scan of people reads them all. The names found are then looked up exactly on people
-- (last_name, first_name, id), which also gives the order to stop early in.

-- CreateTable
CREATE TABLE "person_last_names" (
    "name" TEXT NOT NULL,

    CONSTRAINT "person_last_names_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "person_first_names" (
    "name" TEXT NOT NULL,

    CONSTRAINT "person_first_names_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "people_last_name_first_name_id_idx" ON "people"("last_name", "first_name", "id");

-- CreateIndex
CREATE INDEX "person_last_names_name_trgm_idx" ON "person_last_names" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "person_first_names_name_trgm_idx" ON "person_first_names" USING GIN ("name" gin_trgm_ops);

-- Every name a person has is in these tables, kept by triggers on people (statement-level with
-- transition tables, so a COPY of millions of rows costs one INSERT … SELECT DISTINCT per
-- statement). Names are never removed: a stale one only matches nobody.

-- CreateFunction
CREATE FUNCTION "person_names_collect"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "person_last_names" ("name") SELECT DISTINCT "last_name" FROM "changed_people" ON CONFLICT DO NOTHING;
    INSERT INTO "person_first_names" ("name") SELECT DISTINCT "first_name" FROM "changed_people" ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

-- CreateTrigger
CREATE TRIGGER "people_names_on_insert"
    AFTER INSERT ON "people"
    REFERENCING NEW TABLE AS "changed_people"
    FOR EACH STATEMENT EXECUTE FUNCTION "person_names_collect"();

-- CreateTrigger
CREATE TRIGGER "people_names_on_update"
    AFTER UPDATE ON "people"
    REFERENCING NEW TABLE AS "changed_people"
    FOR EACH STATEMENT EXECUTE FUNCTION "person_names_collect"();

-- Backfill
INSERT INTO "person_last_names" ("name") SELECT DISTINCT "last_name" FROM "people" ON CONFLICT DO NOTHING;
INSERT INTO "person_first_names" ("name") SELECT DISTINCT "first_name" FROM "people" ON CONFLICT DO NOTHING;
