-- A public or customer notice is emailed to the parents who asked for notice emails once, when it
-- is (or becomes) active. announced_at records that it was: an edit never emails it again, and of
-- two instances finding it due only the one whose conditional UPDATE claims it writes the emails.

-- AlterTable
ALTER TABLE "notices" ADD COLUMN "announced_at" TIMESTAMPTZ(3);

-- Notices made before this were emailed when they were created (scheduled ones included), so none
-- of them is announced again. Staff notices are never emailed and stay unannounced.
UPDATE "notices" SET "announced_at" = "created_at" WHERE "audience" <> 'staff';
