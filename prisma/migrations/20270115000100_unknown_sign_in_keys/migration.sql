-- Sign-in failures at a User ID or staff username that names nobody, counted by keyed hash with the
-- accounts' own four lockout columns, so a burst at a made-up name is reserved atomically like an
-- account's (apps/api/src/identity/lockout.ts). The runtime role gets row rights through the
-- default privileges of 20270115000000_runtime_role.

-- CreateTable
CREATE TABLE "unknown_sign_in_keys" (
    "key_hash" TEXT NOT NULL,
    "failed_sign_in_count" INTEGER NOT NULL DEFAULT 0,
    "failed_window_started_at" TIMESTAMPTZ(3),
    "locked_until" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "unknown_sign_in_keys_pkey" PRIMARY KEY ("key_hash")
);
