// The sign-in lockout (docs/product.md §5), atomic under concurrency. Before verifying a password, one
// conditional UPDATE … RETURNING reserves the attempt: it counts it as a failure in the current
// window (a new window after 15 minutes or after an expired lock) and, when the count passes the
// limit, sets the lock in the same statement. The row lock serialises concurrent attempts, so 50
// parallel wrong passwords get 11 reservations (the 11th locks) and 39 refusals that verify nothing.
// A locked or disabled account matches no row: its attempts change nothing, so a lock never extends.
// A correct password then resets the counter (successReset). Staff users have the same columns and
// the same rule (features/staff/staff-auth), so the reservation is written once for both tables.
import { Prisma } from '@cos/db';
import type { SecurityPolicy } from '@cos/security';
import { z } from 'zod';
import type { Clock } from '../lib/clock.ts';

export const Reservation = z.object({
  id: z.string(),
  passwordHash: z.string(),
  mustChangePassword: z.boolean(),
  /** Set when this very attempt locked the account (it passed the limit). */
  lockedUntil: z.coerce.date().nullable(),
  /** An authenticator app or email codes are on: the password alone does not sign in. */
  secondFactor: z.boolean(),
});
export type Reservation = z.infer<typeof Reservation>;

type Deps = { db: Prisma.TransactionClient; clock: Clock; policy: SecurityPolicy };

const MINUTE = 60_000;

/** The tables that carry a sign-in lockout (the same four columns): customers and staff. */
export type LockoutTable = 'customer_accounts' | 'staff_users';

/**
 * The atomic reservation for any table with the lockout columns (failed_sign_in_count,
 * failed_window_started_at, locked_until, status). `where` selects the row (alias `a`);
 * `returning` lists what the caller needs of it, parsed by `row`. Null: no active, unlocked row.
 */
/** The window rule both reservations share: the failure count and window start after this attempt. */
function windowRule({ clock, policy }: Omit<Deps, 'db'>) {
  const now = clock.now();
  const { maxFailures, windowMinutes, lockMinutes } = policy.signInLockout;
  const windowStart = new Date(now.getTime() - windowMinutes * MINUTE);
  const lockUntil = new Date(now.getTime() + lockMinutes * MINUTE);
  // SET expressions read the row as it was before this statement, re-read after waiting for a
  // concurrent update: that is what makes the count exact.
  const fresh = Prisma.sql`(a.failed_window_started_at IS NULL OR a.failed_window_started_at <= ${windowStart}::timestamptz OR a.locked_until IS NOT NULL)`;
  const count = Prisma.sql`(CASE WHEN ${fresh} THEN 1 ELSE a.failed_sign_in_count + 1 END)`;
  const set = Prisma.sql`failed_sign_in_count = ${count},
           failed_window_started_at = CASE WHEN ${fresh} THEN ${now}::timestamptz ELSE a.failed_window_started_at END,
           locked_until = CASE WHEN ${count} > ${maxFailures} THEN ${lockUntil}::timestamptz ELSE NULL END,
           updated_at = ${now}::timestamptz`;
  const unlocked = Prisma.sql`(a.locked_until IS NULL OR a.locked_until <= ${now}::timestamptz)`;
  return { now, set, unlocked, firstLock: 1 > maxFailures ? lockUntil : null };
}

/**
 * The atomic reservation for any table with the lockout columns (failed_sign_in_count,
 * failed_window_started_at, locked_until, status). `where` selects the row (alias `a`);
 * `returning` lists what the caller needs of it, parsed by `row`. Null: no active, unlocked row.
 */
export async function reserveAttempt<T>(
  { db, clock, policy }: Deps,
  target: { table: LockoutTable; where: Prisma.Sql; returning: Prisma.Sql; row: z.ZodType<T> },
): Promise<T | null> {
  const { set, unlocked } = windowRule({ clock, policy });
  const rows = await db.$queryRaw`
    UPDATE ${Prisma.raw(target.table)} AS a
       SET ${set}
     WHERE ${target.where}
       AND a.status = 'active'
       AND ${unlocked}
    RETURNING ${target.returning}`;
  return z.array(target.row).parse(rows)[0] ?? null;
}

const UnknownReservation = z.object({ lockedUntil: z.coerce.date().nullable() });

/**
 * The same reservation for a User ID or staff username that names nobody, kept by keyed hash in
 * unknown_sign_in_keys: one INSERT … ON CONFLICT DO UPDATE, which locks the key's row as the
 * UPDATE above locks an account's, so a burst at a made-up name verifies at most as many dummy
 * hashes as a real account verifies passwords (11), then "behaves locked" for the lock's length.
 * Null: the key is in its lock (verify nothing).
 */
export async function reserveUnknownAttempt(
  { db, clock, policy }: Deps,
  keyHash: string,
): Promise<{ lockedUntil: Date | null } | null> {
  const { now, set, unlocked, firstLock } = windowRule({ clock, policy });
  const rows = await db.$queryRaw`
    INSERT INTO unknown_sign_in_keys AS a
           (key_hash, failed_sign_in_count, failed_window_started_at, locked_until, updated_at)
    VALUES (${keyHash}, 1, ${now}::timestamptz, ${firstLock}::timestamptz, ${now}::timestamptz)
    ON CONFLICT (key_hash) DO UPDATE
       SET ${set}
     WHERE ${unlocked}
    RETURNING a.locked_until AS "lockedUntil"`;
  return z.array(UnknownReservation).parse(rows)[0] ?? null;
}

export async function reserveSignInAttempt(
  deps: Deps,
  who: { userIdNormalized: string } | { accountId: string },
): Promise<Reservation | null> {
  return reserveAttempt(deps, {
    table: 'customer_accounts',
    where:
      'accountId' in who
        ? Prisma.sql`a.id = ${who.accountId}::uuid`
        : Prisma.sql`a.user_id_normalized = ${who.userIdNormalized}`,
    returning: Prisma.sql`a.id::text AS "id", a.password_hash AS "passwordHash",
              a.must_change_password AS "mustChangePassword", a.locked_until AS "lockedUntil",
              (a.totp_enrolled_at IS NOT NULL OR (a.email_factor_enabled_at IS NOT NULL AND a.email IS NOT NULL)) AS "secondFactor"`,
    row: Reservation,
  });
}

/** A good password: the counter and any lock are cleared, and this sign-in becomes the last one. */
export function successReset(accountId: string, now: Date): Prisma.Sql {
  return Prisma.sql`
    UPDATE customer_accounts
       SET failed_sign_in_count = 0, failed_window_started_at = NULL, locked_until = NULL,
           previous_sign_in_at = last_sign_in_at, last_sign_in_at = ${now}::timestamptz,
           updated_at = ${now}::timestamptz
     WHERE id = ${accountId}::uuid`;
}

/** The current password was confirmed elsewhere (change password): clear failures, not sign-in times. */
export async function clearFailures({ db, clock }: Omit<Deps, 'policy'>, accountId: string): Promise<void> {
  await db.customerAccount.update({
    where: { id: accountId },
    data: { failedSignInCount: 0, failedWindowStartedAt: null, lockedUntil: null, updatedAt: clock.now() },
  });
}
