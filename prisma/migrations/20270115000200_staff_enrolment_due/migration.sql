-- A created or reset staff user may sign in with a password alone (an enrolment-only session) until
-- this time; after it, TOTP enrolment needs a new reset, so a password nobody enrolled a second
-- factor for does not stay a one-factor way into the console. NULL (rows from before): no limit.

-- AlterTable
ALTER TABLE "staff_users" ADD COLUMN "totp_enrolment_due_at" TIMESTAMPTZ(3);
