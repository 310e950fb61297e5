// Change Password (docs/product.md §3.3, §3.4 step 4): the current password, then a new one that meets the
// policy and differs from it. Checking the current password goes through the same lockout counter
// as sign-in, so a stolen session cannot be used to guess it. On success every session of the
// account ends and a fresh, full one begins; the account gets a notification. After a recovery the
// current password is the temporary one (the only secret the account then accepts), and the new
// password must differ from it.
import { checkPassword, describePasswordProblem, type FieldError } from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import { emailAccount } from '../../email/account-email.ts';
import { emailTemplates } from '../../email/templates.ts';
import { appendAudit } from '../../lib/audit.ts';
import { badRequest } from '../../lib/errors.ts';
import type { Passwords } from '../../identity/passwords.ts';
import { canonicalTemporaryPassword } from '../../identity/temporary-password.ts';
import { checkCredential, temporaryPasswordOf } from '../../identity/credential-check.ts';
import { clearFailures, reserveSignInAttempt } from '../../identity/lockout.ts';
import {
  revokeSessions,
  startSession,
  type IssuedSession,
  type SessionDeps,
} from '../../identity/sessions.ts';

export interface ChangePasswordDeps extends SessionDeps<PrismaClient> {
  passwords: Passwords;
}

const invalid = (fields: FieldError[]) =>
  badRequest('Some of the information is missing or not valid.', fields);

export async function changePassword(
  deps: ChangePasswordDeps,
  input: { accountId: string; currentPassword: string; newPassword: string },
): Promise<IssuedSession> {
  const { db, clock, passwords } = deps;
  const account = await db.customerAccount.findUniqueOrThrow({
    where: { id: input.accountId },
    select: {
      id: true,
      userId: true,
      mustChangePassword: true,
      person: { select: { firstName: true, lastName: true } },
    },
  });
  const temporary = await temporaryPasswordOf(db, account);

  const context = { userId: account.userId, names: [account.person.firstName, account.person.lastName] };
  const problems = checkPassword(input.newPassword, context, passwords.rules).map((problem) => ({
    field: 'newPassword',
    message: describePasswordProblem(problem),
  }));
  if (input.newPassword === input.currentPassword) {
    problems.push({
      field: 'newPassword',
      message: 'Choose a new password that is different from your current one.',
    });
  } else if (
    temporary &&
    canonicalTemporaryPassword(input.newPassword) === canonicalTemporaryPassword(input.currentPassword)
  ) {
    problems.push({
      field: 'newPassword',
      message: 'Choose a new password that is different from your temporary password.',
    });
  }
  if (problems.length > 0) throw invalid(problems);

  const reserved = await reserveSignInAttempt(deps, { accountId: account.id });
  const correct =
    reserved !== null &&
    (
      await checkCredential(
        passwords,
        { passwordHash: reserved.passwordHash, temporary },
        input.currentPassword,
        { purpose: 'change-password', now: clock.now() },
      )
    ).ok;
  if (!correct) {
    await appendAudit(db, deps, {
      action: 'password_changed',
      outcome: 'failure',
      accountId: account.id,
      details: { reason: reserved ? 'wrong_current_password' : 'locked' },
    });
    if (reserved?.lockedUntil) {
      await appendAudit(db, deps, {
        action: 'account_locked',
        actor: { type: 'system' },
        accountId: account.id,
        details: { lockedUntil: reserved.lockedUntil.toISOString() },
      });
    }
    const message = reserved
      ? 'Your current password is not correct.'
      : 'Too many wrong passwords. Wait 15 minutes and try again.';
    throw invalid([{ field: 'currentPassword', message }]);
  }

  const passwordHash = await passwords.hash(input.newPassword);
  return db.$transaction(async (tx) => {
    const txDeps = { ...deps, db: tx };
    const now = clock.now();
    await clearFailures(txDeps, account.id);
    await tx.customerAccount.update({
      where: { id: account.id },
      data: {
        passwordHash,
        passwordChangedAt: now,
        mustChangePassword: false,
        tempPasswordHash: null,
        tempPasswordExpiresAt: null,
        tempPasswordUsedAt: null,
      },
    });
    await revokeSessions(txDeps, { accountId: account.id, reason: 'password_changed' });
    const session = await startSession(txDeps, { accountId: account.id, restricted: false });
    await tx.notification.create({
      data: {
        accountId: account.id,
        kind: 'password_changed',
        subject: 'Your password was changed',
        body: 'The password of your Customer Online Services account was changed and every other session was signed out. If you did not do this, call the Customer Communication Center at 1-877-423-4746.',
        createdAt: now,
      },
    });
    await appendAudit(tx, deps, {
      action: 'password_changed',
      accountId: account.id,
      details: { familyId: session.familyId },
    });
    // The security notice (ASVS 6.3.7) to the confirmed address, never with the password in it.
    await emailAccount({ db: tx, clock }, account.id, emailTemplates.passwordChanged(now));
    return session;
  });
}
