// Staff sign-in (docs/product.md §6): username, password and a TOTP code, after acknowledging the legal
// warning. The customer lockout applies unchanged (identity/lockout.ts: the attempt is
// reserved atomically before any verification, the 11th failure in 15 minutes locks for 15), and a
// wrong or replayed TOTP code is a failure like a wrong password. Every failure answers the same
// INVALID_CREDENTIALS; only the audit trail says why. A staff user without TOTP (new, or reset by an
// admin) gets an enrolment-only session from the password alone. A temporary password (set by an
// admin, who has seen it) past its expiry is a failure like a wrong one; before it, the session
// says mustChangePassword and the staff member replaces it (staff-change-password.service.ts).
import { passwordLength, type StaffRole } from '@cos/contracts';
import { DEMO_STAFF_USERNAMES, Prisma, type PrismaClient } from '@cos/db';
import type { FieldCipher, KeyedHasher } from '@cos/security';
import { z } from 'zod';
import { appendAudit, auditInsert } from '../../../lib/audit.ts';
import { badRequest, invalidCredentials } from '../../../lib/errors.ts';
import type { Passwords } from '../../../identity/passwords.ts';
import type { StaffScope } from '../../../identity/tokens.ts';
import { reserveAttempt, reserveUnknownAttempt } from '../../../identity/lockout.ts';
import { newFamily, sessionInsert, staffOwner, type SessionDeps } from '../../../identity/sessions.ts';
import { totpStep } from './totp.ts';

export interface StaffSignInDeps extends SessionDeps<PrismaClient> {
  passwords: Passwords;
  totpCipher: FieldCipher;
  keyedHash: KeyedHasher;
  /** Production: the demo staff accounts never sign in, even if a demo database was restored. */
  refuseDemoStaff?: boolean;
}

const UNKNOWN_USERNAME = 'staff_sign_in_unknown_username';

export interface StaffIssuedSession {
  staffUserId: string;
  familyId: string;
  role: StaffRole;
  displayName: string;
  scope: StaffScope;
  mustChangePassword: boolean;
  refreshToken: string;
}

const StaffReservation = z.object({
  id: z.string(),
  passwordHash: z.string(),
  lockedUntil: z.coerce.date().nullable(),
  role: z.enum(['agent', 'supervisor', 'admin']),
  displayName: z.string(),
  totpSecret: z.instanceof(Uint8Array).nullable(),
  totpEnrolled: z.boolean(),
  mustChangePassword: z.boolean(),
  tempPasswordExpiresAt: z.coerce.date().nullable(),
  totpEnrolmentDueAt: z.coerce.date().nullable(),
});
type StaffReservation = z.infer<typeof StaffReservation>;

export const normaliseUsername = (username: string) => username.trim().toLowerCase();

export async function staffSignIn(
  deps: StaffSignInDeps,
  input: { username: string; password: string; totp?: string | undefined },
): Promise<StaffIssuedSession> {
  const { db, clock, policy, passwords } = deps;
  if (passwordLength(input.password) > policy.password.maxLength) {
    throw badRequest('Some of the information is missing or not valid.', [
      { field: 'password', message: `Use at most ${policy.password.maxLength} characters.` },
    ]);
  }
  const username = normaliseUsername(input.username);
  if (deps.refuseDemoStaff && DEMO_STAFF_USERNAMES.has(username)) {
    // The same answer and the same argon2 work as an unknown username; the audit trail says why.
    await deps.passwords.verifyDummy(input.password);
    await appendAudit(deps.db, deps, {
      action: 'staff_sign_in',
      outcome: 'denied',
      actor: { type: 'anonymous' },
      details: { reason: 'demo_account_in_production' },
    });
    throw invalidCredentials();
  }
  const reserved = await reserveAttempt(deps, {
    table: 'staff_users',
    where: Prisma.sql`a.username = ${username}`,
    returning: Prisma.sql`a.id::text AS "id", a.password_hash AS "passwordHash", a.locked_until AS "lockedUntil",
              a.role::text AS "role", a.display_name AS "displayName", a.totp_secret_ciphertext AS "totpSecret",
              (a.totp_enrolled_at IS NOT NULL) AS "totpEnrolled", a.must_change_password AS "mustChangePassword",
              a.temp_password_expires_at AS "tempPasswordExpiresAt", a.totp_enrolment_due_at AS "totpEnrolmentDueAt"`,
    row: StaffReservation,
  });
  if (!reserved) {
    await refuseWithoutReservation(deps, username, input.password);
    throw invalidCredentials();
  }
  if (!(await passwords.verify(reserved.passwordHash, input.password))) {
    throw await fail(deps, reserved, 'wrong_password');
  }
  if (
    reserved.mustChangePassword &&
    (!reserved.tempPasswordExpiresAt || reserved.tempPasswordExpiresAt <= clock.now())
  ) {
    throw await fail(deps, reserved, 'temporary_password_expired');
  }
  // A password alone (an enrolment-only session) only within the enrolment window after a create
  // or reset (policy staffEnrolment); later, a second factor nobody set up needs a new reset.
  if (!reserved.totpEnrolled && reserved.totpEnrolmentDueAt && reserved.totpEnrolmentDueAt <= clock.now()) {
    throw await fail(deps, reserved, 'totp_enrolment_expired');
  }
  if (reserved.totpEnrolled) {
    const now = clock.now();
    const secret = reserved.totpSecret ? deps.totpCipher.decrypt(reserved.totpSecret) : null;
    const step = secret && input.totp ? totpStep(secret, input.totp, now) : null;
    if (step === null) throw await fail(deps, reserved, input.totp ? 'wrong_totp' : 'missing_totp');
    // Claims the code's time step: of two sign-ins with one code, or a code used before, one wins.
    const claimed = await db.$executeRaw`
      UPDATE staff_users SET last_totp_step = ${step}
       WHERE id = ${reserved.id}::uuid AND (last_totp_step IS NULL OR last_totp_step < ${step})`;
    if (claimed !== 1) throw await fail(deps, reserved, 'totp_replayed');
  }
  const session = await succeed(deps, reserved);
  if (passwords.needsRehash(reserved.passwordHash)) {
    await db.staffUser.update({
      where: { id: reserved.id },
      data: { passwordHash: await passwords.hash(input.password) },
    });
  }
  return session;
}

/** Counter reset, new session, and the sign-in and the warning acknowledgement audited, in one statement. */
async function succeed(deps: StaffSignInDeps, reserved: StaffReservation): Promise<StaffIssuedSession> {
  const now = deps.clock.now();
  const restricted = !reserved.totpEnrolled;
  const { row, familyId, refreshToken } = newFamily(deps, { owner: staffOwner(reserved.id), restricted });
  const scope: StaffScope = restricted ? 'enrolment' : 'full';
  const who = {
    actor: { type: 'staff' as const, id: reserved.id },
    subject: { type: 'staff_user', id: reserved.id },
  };
  const acknowledged = auditInsert(deps, {
    action: 'staff_warning_acknowledged',
    ...who,
    details: { familyId },
  });
  const signedIn = auditInsert(deps, {
    action: 'staff_sign_in',
    ...who,
    details: { scope, familyId, role: reserved.role },
  });
  await deps.db.$executeRaw`
    WITH reset AS (
           UPDATE staff_users
              SET failed_sign_in_count = 0, failed_window_started_at = NULL, locked_until = NULL,
                  last_sign_in_at = ${now}::timestamptz, updated_at = ${now}::timestamptz
            WHERE id = ${reserved.id}::uuid),
         session AS (${sessionInsert(row)}),
         acknowledged AS (${acknowledged})
    ${signedIn}`;
  const { mustChangePassword } = reserved;
  return {
    staffUserId: reserved.id,
    familyId,
    role: reserved.role,
    displayName: reserved.displayName,
    scope,
    mustChangePassword,
    refreshToken,
  };
}

async function fail(deps: StaffSignInDeps, reserved: StaffReservation, reason: string) {
  await auditStaffFailure(deps, reserved, { action: 'staff_sign_in', reason });
  return invalidCredentials();
}

/**
 * A failed password check of a reserved attempt (sign-in, or the current password of a password
 * change): its event, and the lock's when this very attempt locked the staff user.
 */
export async function auditStaffFailure(
  deps: Pick<StaffSignInDeps, 'db' | 'clock' | 'policy' | 'context'>,
  reserved: { id: string; lockedUntil: Date | null },
  event: { action: 'staff_sign_in' | 'staff_password_changed'; reason: string },
): Promise<void> {
  const who = {
    actor: { type: 'staff' as const, id: reserved.id },
    subject: { type: 'staff_user', id: reserved.id },
  };
  await appendAudit(deps.db, deps, {
    action: event.action,
    outcome: 'failure',
    ...who,
    details: { reason: event.reason },
  });
  if (reserved.lockedUntil) {
    await appendAudit(deps.db, deps, {
      action: 'staff_account_locked',
      actor: { type: 'system' },
      subject: who.subject,
      details: {
        failures: deps.policy.signInLockout.maxFailures + 1,
        lockedUntil: reserved.lockedUntil.toISOString(),
      },
    });
  }
}

/**
 * Locked (no verification, no count, no extension), disabled (one dummy verify) or unknown (one
 * dummy verify while its keyed hash is not locked: an unknown username behaves locked after as
 * many failures as a real one, identity/lockout.ts).
 */
async function refuseWithoutReservation(
  deps: StaffSignInDeps,
  username: string,
  password: string,
): Promise<void> {
  const user = await deps.db.staffUser.findUnique({
    where: { username },
    select: { id: true, status: true },
  });
  const verifies = user
    ? user.status !== 'active'
    : (await reserveUnknownAttempt(deps, deps.keyedHash(UNKNOWN_USERNAME, username))) !== null;
  if (verifies) await deps.passwords.verifyDummy(password);
  const reason = !user ? 'unknown_username' : user.status === 'active' ? 'locked' : 'disabled';
  await appendAudit(deps.db, deps, {
    action: 'staff_sign_in',
    outcome: user ? 'denied' : 'failure',
    actor: user ? { type: 'staff', id: user.id } : { type: 'anonymous' },
    ...(user ? { subject: { type: 'staff_user', id: user.id } } : {}),
    details: { reason },
  });
}
