// Sign-in (docs/product.md §3.3, §5). Every failure ends in the same INVALID_CREDENTIALS; only the audit
// trail records why. An unknown User ID or a disabled account costs one argon2 verify against a
// dummy hash, like a wrong password. A locked account verifies nothing (its lock must not become a
// way to test passwords); unknown User IDs get the same treatment after as many failures, counted
// by keyed hash, so the time an answer takes does not tell a locked account from a made-up ID.
// After a recovery the account takes only its temporary password (credential-check.ts): once,
// before it expires, and the session it starts can only change the password.
import { normaliseUserId, passwordLength, type SecondFactorMethod } from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import type { KeyedHasher } from '@cos/security';
import { appendAudit } from '../../lib/audit.ts';
import { badRequest, invalidCredentials } from '../../lib/errors.ts';
import type { Passwords } from '../../identity/passwords.ts';
import {
  checkCredential,
  spendTemporaryPassword,
  temporaryPasswordOf,
} from '../../identity/credential-check.ts';
import { reserveSignInAttempt, reserveUnknownAttempt } from '../../identity/lockout.ts';
import { factorsOf } from '../../identity/second-factor.ts';
import type { SecondFactorTokens } from '../../identity/second-factor-token.ts';
import type { IssuedSession, SessionDeps } from '../../identity/sessions.ts';
import { auditRefusedSignIn, completeSignIn } from '../../identity/sign-in-complete.ts';

export interface SignInDeps extends SessionDeps<PrismaClient> {
  passwords: Passwords;
  keyedHash: KeyedHasher;
  secondFactorTokens: SecondFactorTokens;
}

export type SignInOutcome =
  IssuedSession | { secondFactor: { token: string; expiresIn: number; methods: SecondFactorMethod[] } };

const UNKNOWN_USER_ID = 'sign_in_unknown_user_id';

export async function signIn(
  deps: SignInDeps,
  input: { userId: string; password: string },
): Promise<SignInOutcome> {
  const { db, policy, passwords } = deps;
  // Longer than any valid password: refused before any lookup or hashing.
  if (passwordLength(input.password) > policy.password.maxLength) {
    throw badRequest('Some of the information is missing or not valid.', [
      { field: 'password', message: `Use at most ${policy.password.maxLength} characters.` },
    ]);
  }
  const userIdNormalized = normaliseUserId(input.userId);
  const reserved = await reserveSignInAttempt(deps, { userIdNormalized });
  if (!reserved) {
    await refuseWithoutReservation(deps, userIdNormalized, input.password);
    throw invalidCredentials();
  }

  const temporary = await temporaryPasswordOf(db, reserved);
  const check = await checkCredential(
    passwords,
    { passwordHash: reserved.passwordHash, temporary },
    input.password,
    { purpose: 'sign-in', now: deps.clock.now() },
  );
  // Of two concurrent sign-ins with one temporary password, only the first gets a session.
  const spent =
    check.ok && check.temporary && !(await spendTemporaryPassword(db, reserved.id, deps.clock.now()));
  if (!check.ok || spent) {
    const reason = check.ok ? 'temporary_password_used' : check.reason;
    await auditRefusedSignIn(deps, reserved, { reason });
    throw invalidCredentials();
  }

  // A second factor is on: the password was right, the code step decides. The attempt stays
  // counted (only a full sign-in resets the counter), so codes guessed after a right password
  // still lock the account.
  if (reserved.secondFactor && !check.temporary) {
    await appendAudit(db, deps, {
      action: 'sign_in_second_factor_required',
      accountId: reserved.id,
    });
    await rehashIfNeeded(deps, reserved, input.password);
    const factors = await factorsOf(db, reserved.id);
    const methods: SecondFactorMethod[] = [
      ...(factors.totp ? (['totp'] as const) : []),
      ...(factors.email ? (['email'] as const) : []),
      ...(factors.recoveryCodesLeft > 0 ? (['recovery_code'] as const) : []),
    ];
    return { secondFactor: { ...deps.secondFactorTokens.issue(reserved.id), methods } };
  }

  const issued = await completeSignIn(deps, {
    accountId: reserved.id,
    restricted: reserved.mustChangePassword,
    details: check.temporary ? { temporaryPassword: true } : {},
  });
  if (!check.temporary) await rehashIfNeeded(deps, reserved, input.password);
  return issued;
}

async function rehashIfNeeded(
  { db, passwords }: SignInDeps,
  reserved: { id: string; passwordHash: string },
  password: string,
): Promise<void> {
  // Hashes made under weaker parameters are upgraded while the password is at hand (not a
  // temporary one: the stored password hash is then a retired secret's).
  if (passwords.needsRehash(reserved.passwordHash)) {
    await db.customerAccount.update({
      where: { id: reserved.id },
      data: { passwordHash: await passwords.hash(password) },
    });
  }
}

async function refuseWithoutReservation(
  deps: SignInDeps,
  userIdNormalized: string,
  password: string,
): Promise<void> {
  const { db, passwords, keyedHash } = deps;
  const account = await db.customerAccount.findUnique({
    where: { userIdNormalized },
    select: { id: true, status: true },
  });
  if (account?.status === 'active') {
    // Matched no row though active: locked. No verification, no count, no extension.
    await appendAudit(db, deps, {
      action: 'sign_in',
      outcome: 'denied',
      accountId: account.id,
      details: { reason: 'locked' },
    });
    return;
  }
  if (account) {
    await passwords.verifyDummy(password);
    await appendAudit(db, deps, {
      action: 'sign_in',
      outcome: 'denied',
      accountId: account.id,
      details: { reason: 'disabled' },
    });
    return;
  }

  // Reserved atomically like an account's attempt: a burst verifies at most 11 dummy hashes.
  const reserved = await reserveUnknownAttempt(deps, keyedHash(UNKNOWN_USER_ID, userIdNormalized));
  if (reserved) await passwords.verifyDummy(password);
  await appendAudit(db, deps, {
    action: 'sign_in',
    outcome: 'failure',
    details: { reason: 'unknown_user_id' },
  });
}
