// A parent's second factor (docs/security.md, "Passkeys and a second factor"): which factors an
// account has, and the three kinds of code that prove one. Every check here is single use:
// - an authenticator-app (TOTP) code claims its time step (customer_accounts.last_totp_step), so a
//   code, once accepted, is refused again, as the console's staff codes are;
// - an email code is 6 digits kept as a keyed hash, lives policy.secondFactor.codeMinutes, dies after
//   codeMaxAttempts wrong tries (counted in the same statement that reads it) and is spent by use;
// - a recovery code is one of the 10 given once (keyed hashes), each spent by use.
// The callers count every wrong code towards the sign-in lockout (identity/lockout.ts).
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { Prisma } from '@cos/db';
import type { FieldCipher, KeyedHasher, SecurityPolicy } from '@cos/security';
import type { Clock } from '../lib/clock.ts';
import { uuid7 } from '../lib/uuid7.ts';
import { totpStep } from './totp.ts';

type Deps = { db: Prisma.TransactionClient; clock: Clock; policy: SecurityPolicy; keyedHash: KeyedHasher };

export type EmailCodePurpose = 'sign_in' | 'recovery' | 'enrol';

export interface FactorState {
  passkeys: number;
  totp: boolean;
  email: boolean;
  recoveryCodesLeft: number;
}

export async function factorsOf(db: Prisma.TransactionClient, accountId: string): Promise<FactorState> {
  const [account, passkeys, recoveryCodesLeft] = await Promise.all([
    db.customerAccount.findUnique({
      where: { id: accountId },
      select: { totpEnrolledAt: true, emailFactorEnabledAt: true, email: true },
    }),
    db.customerPasskey.count({ where: { accountId } }),
    db.customerRecoveryCode.count({ where: { accountId, usedAt: null } }),
  ]);
  return {
    passkeys,
    totp: Boolean(account?.totpEnrolledAt),
    email: Boolean(account?.emailFactorEnabledAt && account.email),
    recoveryCodesLeft,
  };
}

/** A second factor asked after the password (a passkey alone is a sign-in of its own). */
export const hasSecondFactor = (factors: FactorState) => factors.totp || factors.email;
/** Any factor at all: such a parent never recovers with the security questions alone. */
export const hasAnyFactor = (factors: FactorState) => hasSecondFactor(factors) || factors.passkeys > 0;

/** Checks an authenticator code and claims its time step; false for a wrong or replayed code. */
export async function claimTotp(
  { db, clock, factorCipher }: Pick<Deps, 'db' | 'clock'> & { factorCipher: FieldCipher },
  accountId: string,
  code: string,
): Promise<'ok' | 'wrong' | 'replayed'> {
  const account = await db.customerAccount.findUnique({
    where: { id: accountId },
    select: { totpSecretCiphertext: true, totpEnrolledAt: true },
  });
  if (!account?.totpEnrolledAt || !account.totpSecretCiphertext) return 'wrong';
  const step = totpStep(factorCipher.decrypt(account.totpSecretCiphertext), code, clock.now());
  if (step === null) return 'wrong';
  // Of two uses of one code, or a code older than the last one used, only the first wins.
  const claimed = await db.$executeRaw`
    UPDATE customer_accounts SET last_totp_step = ${step}
     WHERE id = ${accountId}::uuid AND (last_totp_step IS NULL OR last_totp_step < ${step})`;
  return claimed === 1 ? 'ok' : 'replayed';
}

const emailCodeHash = (keyedHash: KeyedHasher, accountId: string, code: string) =>
  keyedHash('email code', `${accountId}:${code}`);

/** A new email code for the purpose (earlier unused ones of that purpose stop working). */
export async function issueEmailCode(
  { db, clock, policy, keyedHash }: Deps,
  accountId: string,
  purpose: EmailCodePurpose,
): Promise<{ code: string; expiresAt: Date }> {
  const now = clock.now();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(now.getTime() + policy.secondFactor.codeMinutes * 60_000);
  await db.emailCode.updateMany({
    where: { accountId, purpose, usedAt: null },
    data: { usedAt: now },
  });
  await db.emailCode.create({
    data: {
      id: uuid7(now),
      accountId,
      purpose,
      codeHash: emailCodeHash(keyedHash, accountId, code),
      expiresAt,
      createdAt: now,
    },
  });
  return { code, expiresAt };
}

/**
 * Spends the account's live email code of this purpose if `code` is it. A wrong try counts on the
 * code (the statement that reads it), so a code dies after codeMaxAttempts however fast they come.
 */
export async function spendEmailCode(
  { db, clock, policy, keyedHash }: Deps,
  accountId: string,
  purpose: EmailCodePurpose,
  code: string,
): Promise<'ok' | 'wrong' | 'expired'> {
  const now = clock.now();
  const rows = await db.$queryRaw<Array<{ id: string; codeHash: string }>>`
    UPDATE email_codes SET attempts = attempts + 1
     WHERE id = (SELECT id FROM email_codes
                  WHERE account_id = ${accountId}::uuid AND purpose = ${purpose} AND used_at IS NULL
                  ORDER BY created_at DESC LIMIT 1)
       AND used_at IS NULL AND expires_at > ${now}::timestamptz
       AND attempts < ${policy.secondFactor.codeMaxAttempts}
    RETURNING id::text AS "id", code_hash AS "codeHash"`;
  const row = rows[0];
  if (!row) return 'expired';
  const given = Buffer.from(emailCodeHash(keyedHash, accountId, code.trim()));
  const stored = Buffer.from(row.codeHash);
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) return 'wrong';
  const spent = await db.emailCode.updateMany({
    where: { id: row.id, usedAt: null },
    data: { usedAt: now },
  });
  return spent.count === 1 ? 'ok' : 'expired';
}

// Crockford-style alphabet without look-alikes (no 0/O, 1/I/L): codes read aloud or copied by hand.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const normaliseRecoveryCode = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, '');
const recoveryCodeHash = (keyedHash: KeyedHasher, code: string) =>
  keyedHash('recovery code', normaliseRecoveryCode(code));

/** New recovery codes (the old ones stop working): returned once, stored as keyed hashes. */
export async function issueRecoveryCodes(
  { db, clock, policy, keyedHash }: Deps,
  accountId: string,
): Promise<string[]> {
  const now = clock.now();
  const codes = Array.from({ length: policy.secondFactor.recoveryCodes }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(0, ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  await db.customerRecoveryCode.deleteMany({ where: { accountId } });
  await db.customerRecoveryCode.createMany({
    data: codes.map((code) => ({
      id: uuid7(now),
      accountId,
      codeHash: recoveryCodeHash(keyedHash, code),
      createdAt: now,
    })),
  });
  return codes;
}

/** Spends one recovery code of the account; false when it is not one of them or was used. */
export async function spendRecoveryCode(
  { db, clock, keyedHash }: Pick<Deps, 'db' | 'clock' | 'keyedHash'>,
  accountId: string,
  code: string,
): Promise<boolean> {
  const spent = await db.customerRecoveryCode.updateMany({
    where: { accountId, codeHash: recoveryCodeHash(keyedHash, code), usedAt: null },
    data: { usedAt: clock.now() },
  });
  return spent.count === 1;
}

export type SecondFactorDeps = Deps & { factorCipher: FieldCipher };
export type CodeCheck = { ok: true } | { ok: false; reason: string };

/** One code of the given kind for the account: the reason names what was wrong, for the audit trail. */
export async function checkFactorCode(
  deps: SecondFactorDeps,
  input: {
    accountId: string;
    method: 'totp' | 'email' | 'recovery_code';
    code: string;
    purpose: EmailCodePurpose;
  },
): Promise<CodeCheck> {
  const { accountId, code } = input;
  if (input.method === 'totp') {
    const result = await claimTotp(deps, accountId, code.trim());
    return result === 'ok'
      ? { ok: true }
      : { ok: false, reason: result === 'replayed' ? 'totp_replayed' : 'wrong_totp' };
  }
  if (input.method === 'email') {
    const result = await spendEmailCode(deps, accountId, input.purpose, code);
    return result === 'ok'
      ? { ok: true }
      : { ok: false, reason: result === 'expired' ? 'email_code_expired' : 'wrong_email_code' };
  }
  return (await spendRecoveryCode(deps, accountId, code))
    ? { ok: true }
    : { ok: false, reason: 'wrong_recovery_code' };
}
