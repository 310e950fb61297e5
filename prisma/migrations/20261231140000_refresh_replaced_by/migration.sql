-- A rotated refresh token names the token its rotation issued, so a client that never received
-- that answer (the page was left mid-refresh) can retry within the policy's short window while the
-- new token is still unused (refresh.service.ts). Named after the latest migration so it applies
-- last everywhere (folder names sort).

-- AlterTable
ALTER TABLE "refresh_sessions" ADD COLUMN "replaced_by_id" UUID;
