-- A temporary password (docs/product.md §3.4) is single use: the sign-in that uses it records the time here,
-- and a second sign-in with it fails.

-- AlterTable
ALTER TABLE "customer_accounts" ADD COLUMN "temp_password_used_at" TIMESTAMPTZ(3);
