-- The "last signed in" line (docs/product.md §3.3) shows the sign-in before the current one: a successful
-- sign-in moves last_sign_in_at here before recording its own time.

-- AlterTable
ALTER TABLE "customer_accounts" ADD COLUMN "previous_sign_in_at" TIMESTAMPTZ(3);
