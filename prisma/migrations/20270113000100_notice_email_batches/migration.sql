-- A notice's emails are written by a job in batches of accounts, outside any request
-- (lib/notice-announcement.ts). emails_cursor is the last account written; emails_written_at marks
-- the notice done. A job that stops half way resumes after the cursor: nobody is emailed twice.
ALTER TABLE "notices"
  ADD COLUMN "emails_cursor" UUID,
  ADD COLUMN "emails_written_at" TIMESTAMPTZ(3);

-- Notices announced before this had their emails written in the same statement.
UPDATE "notices" SET "emails_written_at" = "announced_at" WHERE "announced_at" IS NOT NULL;
