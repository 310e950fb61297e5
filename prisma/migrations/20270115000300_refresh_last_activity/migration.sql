-- The last time the person behind a session did something (typed, clicked, loaded a page), as the
-- app reports it with each refresh; the server refuses a refresh when it is older than the idle
-- limit, however often the app's timer refreshed in the background. NULL: the row's last_used_at
-- (a family's first row, and rows from before).

-- AlterTable
ALTER TABLE "refresh_sessions" ADD COLUMN "last_activity_at" TIMESTAMPTZ(3);
