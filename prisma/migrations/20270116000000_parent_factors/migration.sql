-- Parents' passkeys and second factor (docs/security.md, "Passkeys and a second factor").
-- A passkey is a WebAuthn credential: its public key, the signature counter and the backup flags
-- the authenticator reported. Challenges are stored so each is used once and expires (policy
-- webauthn.challengeMinutes). The authenticator app's secret is sealed with the field cipher and
-- its last used time step refuses a replayed code (as staff_users). Email codes and recovery codes
-- are kept only as keyed hashes.

-- AlterTable
ALTER TABLE "customer_accounts" ADD COLUMN "totp_secret_ciphertext" BYTEA,
ADD COLUMN "totp_enrolled_at" TIMESTAMPTZ(3),
ADD COLUMN "last_totp_step" BIGINT,
ADD COLUMN "email_factor_enabled_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "customer_passkeys" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "credential_id" TEXT NOT NULL,
    "public_key" BYTEA NOT NULL,
    "sign_count" BIGINT NOT NULL DEFAULT 0,
    "transports" TEXT[],
    "device_type" TEXT NOT NULL,
    "backed_up" BOOLEAN NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "customer_passkeys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webauthn_challenges" (
    "id" UUID NOT NULL,
    "challenge" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "account_id" UUID,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webauthn_challenges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer_recovery_codes" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "code_hash" TEXT NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "customer_recovery_codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_codes" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "purpose" TEXT NOT NULL,
    "code_hash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_codes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "customer_passkeys_credential_id_key" ON "customer_passkeys"("credential_id");

-- CreateIndex
CREATE INDEX "customer_passkeys_account_id_idx" ON "customer_passkeys"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "webauthn_challenges_challenge_key" ON "webauthn_challenges"("challenge");

-- CreateIndex
CREATE INDEX "webauthn_challenges_expires_at_idx" ON "webauthn_challenges"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "customer_recovery_codes_code_hash_key" ON "customer_recovery_codes"("code_hash");

-- CreateIndex
CREATE INDEX "customer_recovery_codes_account_id_idx" ON "customer_recovery_codes"("account_id");

-- CreateIndex
CREATE INDEX "email_codes_account_id_purpose_idx" ON "email_codes"("account_id", "purpose");

-- AddForeignKey
ALTER TABLE "customer_passkeys" ADD CONSTRAINT "customer_passkeys_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webauthn_challenges" ADD CONSTRAINT "webauthn_challenges_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_recovery_codes" ADD CONSTRAINT "customer_recovery_codes_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_codes" ADD CONSTRAINT "email_codes_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
