// A staff member's own password change (docs/product.md §5, §6). A temporary password was seen by the
// administrator who created or reset the account, so it must be replaced before the authenticator
// is set up; afterwards a staff member may change the password at any time. The rules are the
// customers' (checkPassword) plus "not the current one". Checking the current password reserves an
// attempt on the sign-in lockout (identity/lockout.ts), so a session left open cannot be used
// to guess it. On success every OTHER session of the staff member ends; this one goes on.
import { checkPassword, describePasswordProblem, type FieldError } from '@cos/contracts';
import { Prisma, type PrismaClient } from '@cos/db';
import { z } from 'zod';
import { appendAudit } from '../../../lib/audit.ts';
import { badRequest } from '../../../lib/errors.ts';
import type { Passwords } from '../../../identity/passwords.ts';
import { reserveAttempt } from '../../../identity/lockout.ts';
import { revokeFamilies, staffOwner, type SessionDeps } from '../../../identity/sessions.ts';
import { auditUnavailable } from '../../../plugins/app/audited.ts';
import { auditStaffFailure } from './staff-sign-in.service.ts';

export interface StaffChangePasswordDeps extends SessionDeps<PrismaClient> {
  passwords: Passwords;
}

const Reserved = z.object({
  id: z.string(),
  passwordHash: z.string(),
  lockedUntil: z.coerce.date().nullable(),
});

const invalid = (fields: FieldError[]) =>
  badRequest('Some of the information is missing or not valid.', fields);

export async function changeStaffPassword(
  deps: StaffChangePasswordDeps,
  session: { staffUserId: string; familyId: string },
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const { db, clock, passwords } = deps;
  const user = await db.staffUser.findUniqueOrThrow({
    where: { id: session.staffUserId },
    select: { username: true, displayName: true, mustChangePassword: true },
  });
  const context = { userId: user.username, names: user.displayName.split(/\s+/) };
  const problems = checkPassword(input.newPassword, context, passwords.rules).map((problem) => ({
    field: 'newPassword',
    message: describePasswordProblem(problem),
  }));
  if (input.newPassword === input.currentPassword) {
    problems.push({
      field: 'newPassword',
      message: 'Choose a new password that is different from your current one.',
    });
  }
  if (problems.length > 0) throw invalid(problems);

  const reserved = await reserveAttempt(deps, {
    table: 'staff_users',
    where: Prisma.sql`a.id = ${session.staffUserId}::uuid`,
    returning: Prisma.sql`a.id::text AS "id", a.password_hash AS "passwordHash", a.locked_until AS "lockedUntil"`,
    row: Reserved,
  });
  if (!reserved || !(await passwords.verify(reserved.passwordHash, input.currentPassword))) {
    await auditStaffFailure(deps, reserved ?? { id: session.staffUserId, lockedUntil: null }, {
      action: 'staff_password_changed',
      reason: reserved ? 'wrong_current_password' : 'locked',
    });
    const message = reserved
      ? 'Your current password is not correct.'
      : 'Too many wrong passwords. Wait 15 minutes and try again.';
    throw invalid([{ field: 'currentPassword', message }]);
  }

  const passwordHash = await passwords.hash(input.newPassword);
  await db.$transaction(async (tx) => {
    const now = clock.now();
    await tx.staffUser.update({
      where: { id: session.staffUserId },
      data: {
        passwordHash,
        mustChangePassword: false,
        tempPasswordExpiresAt: null,
        failedSignInCount: 0,
        failedWindowStartedAt: null,
        lockedUntil: null,
        updatedAt: now,
      },
    });
    const owner = staffOwner(session.staffUserId);
    const sessions = await revokeFamilies(
      { ...deps, db: tx },
      { owner, exceptFamilyId: session.familyId, reason: 'password_changed' },
      { audit: false },
    );
    try {
      await appendAudit(tx, deps, {
        action: 'staff_password_changed',
        actor: { type: 'staff', id: session.staffUserId },
        subject: { type: 'staff_user', id: session.staffUserId },
        details: {
          temporary: user.mustChangePassword,
          otherSessionsEnded: sessions,
          familyId: session.familyId,
        },
      });
    } catch (error) {
      throw auditUnavailable(error);
    }
  });
}
