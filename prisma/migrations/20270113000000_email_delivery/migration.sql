-- Email that leaves (docs/decisions/0005-job-runner.md): the outbox becomes a delivery queue
-- the SMTP sender drains, a parent has a preferred language and a confirmed address, and a browser
-- that signs in for the first time on an account is remembered so the parent is told once.

-- The outbox row's delivery state. pending → sent (sent_at, message_id) or failed (failed_at,
-- last_error) after a permanent rejection or the last try. locked_until is a sender's lease: of two
-- workers, the one whose UPDATE … FOR UPDATE SKIP LOCKED claims a row is the only one sending it.
ALTER TABLE "email_outbox"
  ADD COLUMN "status" TEXT NOT NULL DEFAULT 'pending',
  ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ADD COLUMN "locked_until" TIMESTAMPTZ(3),
  ADD COLUMN "last_error" TEXT,
  ADD COLUMN "failed_at" TIMESTAMPTZ(3),
  ADD COLUMN "message_id" TEXT,
  ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';

-- Rows the development stand-in recorded as already "sent" keep that state.
UPDATE "email_outbox" SET "status" = 'sent' WHERE "sent_at" IS NOT NULL;

-- The sender's claim: due pending rows, oldest due first.
CREATE INDEX "email_outbox_status_next_attempt_at_idx" ON "email_outbox"("status", "next_attempt_at");
-- Retention: sent rows by age.
CREATE INDEX "email_outbox_sent_at_idx" ON "email_outbox"("sent_at");

-- The parent's language for every email and message (en | es) and when the address was confirmed.
ALTER TABLE "customer_accounts"
  ADD COLUMN "preferred_language" TEXT NOT NULL DEFAULT 'en',
  ADD COLUMN "email_confirmed_at" TIMESTAMPTZ(3);

-- A 6-digit code sent to an address the parent wants confirmed; only its keyed hash is stored.
CREATE TABLE "email_confirmations" (
  "id" UUID NOT NULL,
  "account_id" UUID NOT NULL,
  "email" TEXT NOT NULL,
  "code_hash" TEXT NOT NULL,
  "attempts" INTEGER NOT NULL DEFAULT 0,
  "created_at" TIMESTAMPTZ(3) NOT NULL,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  "confirmed_at" TIMESTAMPTZ(3),
  CONSTRAINT "email_confirmations_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "email_confirmations_account_id_created_at_idx" ON "email_confirmations"("account_id", "created_at" DESC);
ALTER TABLE "email_confirmations" ADD CONSTRAINT "email_confirmations_account_id_fkey"
  FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Browsers that have signed in to an account (a keyed hash of a long-lived device cookie).
CREATE TABLE "known_browsers" (
  "id" UUID NOT NULL,
  "account_id" UUID NOT NULL,
  "device_hash" TEXT NOT NULL,
  "first_seen_at" TIMESTAMPTZ(3) NOT NULL,
  "last_seen_at" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "known_browsers_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "known_browsers_account_id_device_hash_key" ON "known_browsers"("account_id", "device_hash");
ALTER TABLE "known_browsers" ADD CONSTRAINT "known_browsers_account_id_fkey"
  FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Retention deletes refresh sessions by their absolute limit and verification attempts by age.
CREATE INDEX "refresh_sessions_expires_at_idx" ON "refresh_sessions"("expires_at");
CREATE INDEX "verification_attempts_occurred_at_idx" ON "verification_attempts"("occurred_at");
