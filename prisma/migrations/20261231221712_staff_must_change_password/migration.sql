-- A staff user created or reset by an administrator signs in with a temporary password the
-- administrator has seen; it works until the expiry (policy temporaryPassword.expiryHours) and the
-- staff member must replace it before anything else. Existing users (the demo staff among them)
-- chose their passwords already: not flagged.
-- Named after the latest migration so it applies last everywhere (folder names sort).

-- AlterTable
ALTER TABLE "staff_users" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "temp_password_expires_at" TIMESTAMPTZ(3);
