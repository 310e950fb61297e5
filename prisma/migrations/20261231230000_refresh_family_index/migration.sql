-- Every authenticated request asks whether its session family has a revoked row, and every
-- rotation ends the family's other live rows. A family gains a row per page load, so both must be
-- index ranges rather than scans of the family: (family_id, revoked_at, rotated_at) serves
-- "revoked_at IS NOT NULL" and "both NULL" directly, and family_id alone as its prefix.
-- Named after the latest migration so it applies last everywhere (folder names sort).

-- DropIndex
DROP INDEX "refresh_sessions_family_id_idx";

-- CreateIndex
CREATE INDEX "refresh_sessions_family_id_revoked_at_rotated_at_idx" ON "refresh_sessions"("family_id", "revoked_at", "rotated_at");
