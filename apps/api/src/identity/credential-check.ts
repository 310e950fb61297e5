// Which secret an account accepts. Normally its password. After a recovery issued a temporary
// password (docs/product.md §3.4) only that one, until the person has chosen a new password: for signing in
// it must be unexpired and unused (single use), and Change Password then takes it as the current
// password. Every refusal costs one argon2 verification, like a wrong password.
import type { Prisma } from '@cos/db';
import type { Passwords } from './passwords.ts';
import { canonicalTemporaryPassword } from './temporary-password.ts';

export type TemporaryPasswordState = {
  tempPasswordHash: string | null;
  tempPasswordExpiresAt: Date | null;
  tempPasswordUsedAt: Date | null;
};

export type CredentialCheck =
  | { ok: true; temporary: boolean }
  | { ok: false; reason: 'wrong_password' | 'temporary_password_expired' | 'temporary_password_used' };

/**
 * The temporary password state of an account that must change its password (only those can have
 * one, so an ordinary sign-in skips this query); null when there is none.
 */
export async function temporaryPasswordOf(
  db: Prisma.TransactionClient,
  account: { id: string; mustChangePassword: boolean },
): Promise<TemporaryPasswordState | null> {
  if (!account.mustChangePassword) return null;
  const state = await db.customerAccount.findUnique({
    where: { id: account.id },
    select: { tempPasswordHash: true, tempPasswordExpiresAt: true, tempPasswordUsedAt: true },
  });
  return state?.tempPasswordHash ? state : null;
}

export async function checkCredential(
  passwords: Passwords,
  account: { passwordHash: string; temporary: TemporaryPasswordState | null },
  typed: string,
  use: { purpose: 'sign-in' | 'change-password'; now: Date },
): Promise<CredentialCheck> {
  const temporary = account.temporary;
  if (!temporary?.tempPasswordHash) {
    return (await passwords.verify(account.passwordHash, typed))
      ? { ok: true, temporary: false }
      : { ok: false, reason: 'wrong_password' };
  }
  if (use.purpose === 'sign-in') {
    const refusal = temporary.tempPasswordUsedAt
      ? ('temporary_password_used' as const)
      : !temporary.tempPasswordExpiresAt || temporary.tempPasswordExpiresAt <= use.now
        ? ('temporary_password_expired' as const)
        : null;
    if (refusal) {
      await passwords.verifyDummy(typed);
      return { ok: false, reason: refusal };
    }
  }
  return (await passwords.verify(temporary.tempPasswordHash, canonicalTemporaryPassword(typed)))
    ? { ok: true, temporary: true }
    : { ok: false, reason: 'wrong_password' };
}

/** Spends the temporary password; false when a concurrent sign-in spent it first. */
export async function spendTemporaryPassword(
  db: Prisma.TransactionClient,
  accountId: string,
  now: Date,
): Promise<boolean> {
  const claimed = await db.customerAccount.updateMany({
    where: { id: accountId, tempPasswordHash: { not: null }, tempPasswordUsedAt: null },
    data: { tempPasswordUsedAt: now },
  });
  return claimed.count === 1;
}
