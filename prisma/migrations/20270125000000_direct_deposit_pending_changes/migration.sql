-- A Direct Deposit change waits out a cooling-off period (policy directDeposit.coolingOffDays)
-- before it replaces the enrolment (docs/security.md, "Direct Deposit cooling-off"): a thief with a
-- parent's session and password cannot move the next payment before the parent, told by email and
-- in the portal, can cancel. One pending change per account: a new one replaces it. The row is
-- deleted when it is applied or cancelled (the audit trail keeps the history), so the job's
-- DELETE … RETURNING applies each change exactly once however many instances run it.

-- CreateTable
CREATE TABLE "direct_deposit_pending_changes" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "routing_number" CHAR(9) NOT NULL,
    "account_number_ciphertext" BYTEA NOT NULL,
    "account_number_last4" CHAR(4) NOT NULL,
    "account_type" "bank_account_type" NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "effective_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "direct_deposit_pending_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "direct_deposit_pending_changes_account_id_key" ON "direct_deposit_pending_changes"("account_id");

-- CreateIndex
CREATE INDEX "direct_deposit_pending_changes_effective_at_idx" ON "direct_deposit_pending_changes"("effective_at");

-- AddForeignKey
ALTER TABLE "direct_deposit_pending_changes" ADD CONSTRAINT "direct_deposit_pending_changes_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "customer_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
