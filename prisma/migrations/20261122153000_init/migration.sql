-- Hand-written in the form `prisma migrate diff --from-empty --to-schema prisma/schema.prisma --script`
-- produces (the schema engine cannot be downloaded here, PLATFORM.md). The drift test in
-- packages/db/src/drift/schema-drift.test.ts proves the result equals schema.prisma.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "case_status" AS ENUM ('open', 'closed', 'suspended');

-- CreateEnum
CREATE TYPE "drivers_license_status" AS ENUM ('valid', 'suspended', 'release_sent');

-- CreateEnum
CREATE TYPE "payment_frequency" AS ENUM ('weekly', 'biweekly', 'semimonthly', 'monthly');

-- CreateEnum
CREATE TYPE "participant_role" AS ENUM ('custodial', 'non_custodial');

-- CreateEnum
CREATE TYPE "payment_source" AS ENUM ('wage_withholding', 'online', 'mail', 'tax_intercept', 'other');

-- CreateEnum
CREATE TYPE "payment_status" AS ENUM ('pending', 'received', 'held', 'disbursed', 'reversed');

-- CreateEnum
CREATE TYPE "disbursement_method" AS ENUM ('direct_deposit', 'debit_card', 'check');

-- CreateEnum
CREATE TYPE "charge_kind" AS ENUM ('current_support', 'arrears', 'interest', 'adjustment');

-- CreateEnum
CREATE TYPE "account_status" AS ENUM ('active', 'disabled');

-- CreateEnum
CREATE TYPE "notice_severity" AS ENUM ('info', 'warning', 'outage');

-- CreateEnum
CREATE TYPE "notice_audience" AS ENUM ('public', 'customer', 'staff');

-- CreateEnum
CREATE TYPE "staff_role" AS ENUM ('agent', 'supervisor', 'admin');

-- CreateEnum
CREATE TYPE "change_request_kind" AS ENUM ('address', 'phone', 'email', 'employer');

-- CreateEnum
CREATE TYPE "review_status" AS ENUM ('submitted', 'accepted', 'rejected');

-- CreateEnum
CREATE TYPE "bank_account_type" AS ENUM ('checking', 'savings');

-- CreateTable
CREATE TABLE "people" (
    "id" UUID NOT NULL,
    "first_name" TEXT NOT NULL,
    "middle_name" TEXT,
    "last_name" TEXT NOT NULL,
    "date_of_birth" DATE NOT NULL,
    "ssn_ciphertext" BYTEA NOT NULL,
    "ssn_hash" TEXT NOT NULL,
    "ssn_last4" CHAR(4) NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "address_line1" TEXT,
    "address_line2" TEXT,
    "city" TEXT,
    "state" CHAR(2),
    "zip" TEXT,
    "employer_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cases" (
    "id" UUID NOT NULL,
    "case_number" CHAR(10) NOT NULL,
    "status" "case_status" NOT NULL DEFAULT 'open',
    "county" TEXT NOT NULL,
    "office_id" UUID,
    "order_monthly_cents" INTEGER,
    "order_frequency" "payment_frequency",
    "order_start_date" DATE,
    "current_support_due_cents" INTEGER NOT NULL DEFAULT 0,
    "arrears_cents" INTEGER NOT NULL DEFAULT 0,
    "interest_cents" INTEGER NOT NULL DEFAULT 0,
    "drivers_license_status" "drivers_license_status" NOT NULL DEFAULT 'valid',
    "opened_at" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_participants" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" "participant_role" NOT NULL,

    CONSTRAINT "case_participants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_children" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "first_name" TEXT NOT NULL,
    "birth_year" SMALLINT NOT NULL,

    CONSTRAINT "case_children_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_activities" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "case_activities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payments" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "source" "payment_source" NOT NULL,
    "status" "payment_status" NOT NULL,
    "hold_reason" TEXT,
    "disbursed_at" TIMESTAMPTZ(3),
    "disbursement_method" "disbursement_method",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "charges" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "due_date" DATE NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "kind" "charge_kind" NOT NULL,

    CONSTRAINT "charges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "offices" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "county" TEXT NOT NULL,
    "address_line1" TEXT NOT NULL,
    "address_line2" TEXT,
    "city" TEXT NOT NULL,
    "state" CHAR(2) NOT NULL DEFAULT 'GA',
    "zip" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "hours" TEXT NOT NULL,
    "services" TEXT[],
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,

    CONSTRAINT "offices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer_accounts" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "user_id_normalized" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "email" TEXT,
    "status" "account_status" NOT NULL DEFAULT 'active',
    "failed_sign_in_count" INTEGER NOT NULL DEFAULT 0,
    "failed_window_started_at" TIMESTAMPTZ(3),
    "locked_until" TIMESTAMPTZ(3),
    "last_sign_in_at" TIMESTAMPTZ(3),
    "password_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "temp_password_hash" TEXT,
    "temp_password_expires_at" TIMESTAMPTZ(3),
    "recovery_locked_until" TIMESTAMPTZ(3),
    "notify_payments_by_email" BOOLEAN NOT NULL DEFAULT true,
    "notify_notices_by_email" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "customer_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "security_questions" (
    "id" SERIAL NOT NULL,
    "text" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "security_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "security_answers" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "question_id" INTEGER NOT NULL,
    "answer_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "security_answers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification_attempts" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refresh_sessions" (
    "id" UUID NOT NULL,
    "family_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "account_id" UUID,
    "staff_user_id" UUID,
    "restricted" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "family_started_at" TIMESTAMPTZ(3) NOT NULL,
    "last_used_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "rotated_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_reason" TEXT,
    "ip" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "refresh_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_outbox" (
    "id" UUID NOT NULL,
    "to_address" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "email_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "action" TEXT NOT NULL,
    "outcome" TEXT NOT NULL DEFAULT 'success',
    "actor_type" TEXT NOT NULL,
    "actor_id" TEXT,
    "subject_type" TEXT,
    "subject_id" TEXT,
    "account_id" UUID,
    "ip" TEXT,
    "request_id" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notices" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "severity" "notice_severity" NOT NULL DEFAULT 'info',
    "audience" "notice_audience" NOT NULL DEFAULT 'public',
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "feature_key" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "retired_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feature_switches" (
    "key" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "message" TEXT,
    "is_public" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by" TEXT,

    CONSTRAINT "feature_switches_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "app_version_policies" (
    "platform" TEXT NOT NULL,
    "minimum_version" TEXT NOT NULL,
    "latest_version" TEXT NOT NULL,
    "upgrade_message" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_version_policies_pkey" PRIMARY KEY ("platform")
);

-- CreateTable
CREATE TABLE "staff_users" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "email" TEXT,
    "role" "staff_role" NOT NULL,
    "status" "account_status" NOT NULL DEFAULT 'active',
    "password_hash" TEXT NOT NULL,
    "totp_secret_ciphertext" BYTEA,
    "totp_enrolled_at" TIMESTAMPTZ(3),
    "last_totp_step" BIGINT,
    "failed_sign_in_count" INTEGER NOT NULL DEFAULT 0,
    "failed_window_started_at" TIMESTAMPTZ(3),
    "locked_until" TIMESTAMPTZ(3),
    "last_sign_in_at" TIMESTAMPTZ(3),
    "office_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staff_users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_notes" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "staff_user_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staff_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_requests" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "kind" "change_request_kind" NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "review_status" NOT NULL DEFAULT 'submitted',
    "review_reason" TEXT,
    "reviewed_by" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "change_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "applications" (
    "id" UUID NOT NULL,
    "confirmation_number" TEXT NOT NULL,
    "applicant_first_name" TEXT NOT NULL,
    "applicant_last_name" TEXT NOT NULL,
    "applicant_date_of_birth" DATE NOT NULL,
    "details" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'received',
    "account_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact_requests" (
    "id" UUID NOT NULL,
    "confirmation_number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "case_number" TEXT,
    "topic" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "answer" TEXT,
    "answered_by" UUID,
    "answered_at" TIMESTAMPTZ(3),
    "account_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "contact_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "documents" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "case_id" UUID,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "status" "review_status" NOT NULL DEFAULT 'submitted',
    "review_message" TEXT,
    "reviewed_by" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appointment_slots" (
    "id" UUID NOT NULL,
    "office_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "booked_appointment_id" UUID,

    CONSTRAINT "appointment_slots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appointments" (
    "id" UUID NOT NULL,
    "slot_id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "case_id" UUID,
    "purpose" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'booked',
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),

    CONSTRAINT "appointments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "direct_deposit_enrolments" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "routing_number" CHAR(9) NOT NULL,
    "account_number_ciphertext" BYTEA NOT NULL,
    "account_number_last4" CHAR(4) NOT NULL,
    "account_type" "bank_account_type" NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "direct_deposit_enrolments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_requests" (
    "id" UUID NOT NULL,
    "confirmation_number" TEXT NOT NULL,
    "account_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "instrument_last4" CHAR(4) NOT NULL,
    "status" TEXT NOT NULL,
    "processor_reference" TEXT,
    "payment_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "payment_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "people_ssn_hash_key" ON "people"("ssn_hash");

-- CreateIndex
CREATE INDEX "people_last_name_trgm_idx" ON "people" USING GIN ("last_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "people_first_name_trgm_idx" ON "people" USING GIN ("first_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "people_ssn_last4_date_of_birth_idx" ON "people"("ssn_last4", "date_of_birth");

-- CreateIndex
CREATE INDEX "people_phone_idx" ON "people"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "cases_case_number_key" ON "cases"("case_number");

-- CreateIndex
CREATE INDEX "cases_office_id_idx" ON "cases"("office_id");

-- CreateIndex
CREATE INDEX "case_participants_person_id_idx" ON "case_participants"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_participants_case_id_person_id_key" ON "case_participants"("case_id", "person_id");

-- CreateIndex
CREATE INDEX "case_children_case_id_idx" ON "case_children"("case_id");

-- CreateIndex
CREATE INDEX "case_activities_case_id_occurred_at_idx" ON "case_activities"("case_id", "occurred_at" DESC);

-- CreateIndex
CREATE INDEX "payments_case_id_received_at_id_idx" ON "payments"("case_id", "received_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "charges_case_id_due_date_idx" ON "charges"("case_id", "due_date");

-- CreateIndex
CREATE INDEX "offices_county_idx" ON "offices"("county");

-- CreateIndex
CREATE INDEX "offices_city_idx" ON "offices"("city");

-- CreateIndex
CREATE INDEX "offices_zip_idx" ON "offices"("zip");

-- CreateIndex
CREATE INDEX "offices_name_trgm_idx" ON "offices" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "customer_accounts_person_id_key" ON "customer_accounts"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "customer_accounts_user_id_normalized_key" ON "customer_accounts"("user_id_normalized");

-- CreateIndex
CREATE UNIQUE INDEX "security_questions_text_key" ON "security_questions"("text");

-- CreateIndex
CREATE UNIQUE INDEX "security_answers_account_id_question_id_key" ON "security_answers"("account_id", "question_id");

-- CreateIndex
CREATE INDEX "verification_attempts_kind_key_hash_occurred_at_idx" ON "verification_attempts"("kind", "key_hash", "occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "refresh_sessions_token_hash_key" ON "refresh_sessions"("token_hash");

-- CreateIndex
CREATE INDEX "refresh_sessions_family_id_idx" ON "refresh_sessions"("family_id");

-- CreateIndex
CREATE INDEX "refresh_sessions_account_id_created_at_idx" ON "refresh_sessions"("account_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "refresh_sessions_staff_user_id_idx" ON "refresh_sessions"("staff_user_id");

-- CreateIndex
CREATE INDEX "notifications_account_id_created_at_idx" ON "notifications"("account_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "email_outbox_created_at_idx" ON "email_outbox"("created_at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_account_id_occurred_at_idx" ON "audit_events"("account_id", "occurred_at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_actor_id_occurred_at_idx" ON "audit_events"("actor_id", "occurred_at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_action_occurred_at_idx" ON "audit_events"("action", "occurred_at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_occurred_at_idx" ON "audit_events"("occurred_at" DESC);

-- CreateIndex
CREATE INDEX "notices_audience_retired_at_idx" ON "notices"("audience", "retired_at");

-- CreateIndex
CREATE UNIQUE INDEX "staff_users_username_key" ON "staff_users"("username");

-- CreateIndex
CREATE INDEX "staff_notes_account_id_created_at_idx" ON "staff_notes"("account_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "change_requests_account_id_created_at_idx" ON "change_requests"("account_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "change_requests_status_created_at_idx" ON "change_requests"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "applications_confirmation_number_key" ON "applications"("confirmation_number");

-- CreateIndex
CREATE INDEX "applications_account_id_idx" ON "applications"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "contact_requests_confirmation_number_key" ON "contact_requests"("confirmation_number");

-- CreateIndex
CREATE INDEX "contact_requests_status_created_at_idx" ON "contact_requests"("status", "created_at");

-- CreateIndex
CREATE INDEX "contact_requests_account_id_idx" ON "contact_requests"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "documents_storage_key_key" ON "documents"("storage_key");

-- CreateIndex
CREATE INDEX "documents_account_id_created_at_idx" ON "documents"("account_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "documents_status_created_at_idx" ON "documents"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "appointment_slots_booked_appointment_id_key" ON "appointment_slots"("booked_appointment_id");

-- CreateIndex
CREATE UNIQUE INDEX "appointment_slots_office_id_starts_at_key" ON "appointment_slots"("office_id", "starts_at");

-- CreateIndex
CREATE INDEX "appointments_account_id_status_idx" ON "appointments"("account_id", "status");

-- CreateIndex
CREATE INDEX "appointments_case_id_idx" ON "appointments"("case_id");

-- CreateIndex
CREATE UNIQUE INDEX "direct_deposit_enrolments_account_id_key" ON "direct_deposit_enrolments"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_requests_confirmation_number_key" ON "payment_requests"("confirmation_number");

-- CreateIndex
CREATE UNIQUE INDEX "payment_requests_payment_id_key" ON "payment_requests"("payment_id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_requests_account_id_idempotency_key_key" ON "payment_requests"("account_id", "idempotency_key");

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_children" ADD CONSTRAINT "case_children_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_activities" ADD CONSTRAINT "case_activities_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charges" ADD CONSTRAINT "charges_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_accounts" ADD CONSTRAINT "customer_accounts_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "security_answers" ADD CONSTRAINT "security_answers_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "security_answers" ADD CONSTRAINT "security_answers_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "security_questions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refresh_sessions" ADD CONSTRAINT "refresh_sessions_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refresh_sessions" ADD CONSTRAINT "refresh_sessions_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notices" ADD CONSTRAINT "notices_feature_key_fkey" FOREIGN KEY ("feature_key") REFERENCES "feature_switches"("key") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_users" ADD CONSTRAINT "staff_users_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_notes" ADD CONSTRAINT "staff_notes_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_notes" ADD CONSTRAINT "staff_notes_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applications" ADD CONSTRAINT "applications_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment_slots" ADD CONSTRAINT "appointment_slots_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_slot_id_fkey" FOREIGN KEY ("slot_id") REFERENCES "appointment_slots"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "direct_deposit_enrolments" ADD CONSTRAINT "direct_deposit_enrolments_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_requests" ADD CONSTRAINT "payment_requests_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_requests" ADD CONSTRAINT "payment_requests_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_requests" ADD CONSTRAINT "payment_requests_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payments"("id") ON DELETE SET NULL ON UPDATE CASCADE;
