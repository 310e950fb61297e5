// Sign-in (SPEC.md §3.3, §5). Every failure ends in the same INVALID_CREDENTIALS; only the audit
// trail records why. An unknown User ID or a disabled account costs one argon2 verify against a
// dummy hash, like a wrong password. A locked account verifies nothing (its lock must not become a
// way to test passwords); unknown User IDs get the same treatment after as many failures, counted
// by keyed hash, so the time an answer takes does not tell a locked account from a made-up ID.
// After a recovery the account takes only its temporary password (credential-check.ts): once,
// before it expires, and the session it starts can only change the password.
import { normaliseUserId, passwordLength } from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import type { KeyedHasher } from '@cos/security';
import { appendAudit, auditInsert } from '../../lib/audit.ts';
import { badRequest, invalidCredentials } from '../../lib/errors.ts';
import type { Passwords } from '../../identity/passwords.ts';
import {
  checkCredential,
  spendTemporaryPassword,
  temporaryPasswordOf,
} from '../../identity/credential-check.ts';
import { reserveSignInAttempt, reserveUnknownAttempt, successReset } from '../../identity/lockout.ts';
import { newSession, sessionInsert, type IssuedSession, type SessionDeps } from '../../identity/sessions.ts';

export interface SignInDeps extends SessionDeps<PrismaClient> {
  passwords: Passwords;
  keyedHash: KeyedHasher;
}

const UNKNOWN_USER_ID = 'sign_in_unknown_user_id';

export async function signIn(
  deps: SignInDeps,
  input: { userId: string; password: string },
): Promise<IssuedSession> {
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
    const accountId = reserved.id;
    const reason = check.ok ? 'temporary_password_used' : check.reason;
    await appendAudit(db, deps, { action: 'sign_in', outcome: 'failure', accountId, details: { reason } });
    if (reserved.lockedUntil) {
      await appendAudit(db, deps, {
        action: 'account_locked',
        accountId,
        actor: { type: 'system' },
        details: {
          failures: policy.signInLockout.maxFailures + 1,
          lockedUntil: reserved.lockedUntil.toISOString(),
        },
      });
    }
    throw invalidCredentials();
  }

  // Counter reset, new session and audit event in one statement: atomic, and one round trip on
  // the path the benchmark measures (a sign-in should cost little more than its argon2 verify).
  const { row, issued } = newSession(deps, {
    accountId: reserved.id,
    restricted: reserved.mustChangePassword,
  });
  const audit = auditInsert(deps, {
    action: 'sign_in',
    accountId: reserved.id,
    details: {
      scope: issued.scope,
      familyId: issued.familyId,
      ...(check.temporary ? { temporaryPassword: true } : {}),
    },
  });
  await db.$executeRaw`
    WITH reset AS (${successReset(reserved.id, deps.clock.now())}),
         session AS (${sessionInsert(row)})
    ${audit}`;
  // Hashes made under weaker parameters are upgraded while the password is at hand (not a
  // temporary one: the stored password hash is then a retired secret's).
  if (!check.temporary && passwords.needsRehash(reserved.passwordHash)) {
    await db.customerAccount.update({
      where: { id: reserved.id },
      data: { passwordHash: await passwords.hash(input.password) },
    });
  }
  return issued;
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
