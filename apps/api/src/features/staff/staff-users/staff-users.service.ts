// Staff user administration (admin; docs/product.md §6). Accounts are personal: a name that stands for a
// team or a role ("support", "helpdesk", "admin" …) is refused, so no one can share an account as
// the old intranet did with support/support. A new user has no TOTP and enrols it at the first
// sign-in; a reset emails a new temporary password to the staff member (the administrator never
// sees it) and forces TOTP enrolment again. A new user's temporary password is shown to the admin
// once, so it expires (policy temporaryPassword) and the staff member must replace it at the first
// sign-in (staff-auth/staff-change-password). Either way TOTP must be enrolled within
// staffEnrolment.windowHours, or a password alone stops signing in.
// Every change is one audit event in the change's transaction.
import {
  checkPassword,
  describePasswordProblem,
  type CreateStaffUserRequest,
  type StaffUserCredentials,
  type StaffUserResetResult,
  type StaffUserSummary,
} from '@cos/contracts';
import type { Prisma } from '@cos/db';
import { badRequest, DomainError, notFound } from '../../../lib/errors.ts';
import type { Mailer } from '../../../lib/mailer.ts';
import type { Passwords } from '../../../identity/passwords.ts';
import { generateTemporaryPassword } from '../../../identity/temporary-password.ts';
import { isUniqueViolation } from '../../../lib/unique-violation.ts';
import { revokeFamilies, staffOwner } from '../../../identity/sessions.ts';
import { audited } from '../../../plugins/app/audited.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';

export interface StaffAdminDeps extends StaffDeps {
  passwords: Passwords;
  mailer: Mailer;
}

/** Names of roles, teams and generic mailboxes: never a person. */
const SHARED_NAMES = new Set([
  'admin',
  'administrator',
  'agent',
  'supervisor',
  'support',
  'helpdesk',
  'help',
  'desk',
  'staff',
  'team',
  'shared',
  'contact',
  'contactcenter',
  'callcenter',
  'csr',
  'dcss',
  'childsupport',
  'office',
  'front',
  'frontdesk',
  'reception',
  'test',
  'guest',
  'user',
  'root',
  'service',
  'system',
  'demo',
  'temp',
  'training',
  'console',
  'operator',
]);

export function isSharedName(username: string): boolean {
  const bare = username.toLowerCase().replace(/[^a-z]/g, '');
  return (
    SHARED_NAMES.has(bare) ||
    username.split(/[._-]/).every((part) => SHARED_NAMES.has(part.replace(/\d+$/, '')))
  );
}

const summarySelect = {
  id: true,
  username: true,
  displayName: true,
  email: true,
  role: true,
  status: true,
  totpEnrolledAt: true,
  lockedUntil: true,
  lastSignInAt: true,
  createdAt: true,
} as const;

type SummaryRow = Prisma.StaffUserGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow, now: Date): StaffUserSummary {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    role: row.role,
    status: row.status,
    totpEnrolled: row.totpEnrolledAt !== null,
    lockedUntil: row.lockedUntil && row.lockedUntil > now ? row.lockedUntil.toISOString() : null,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listStaffUsers(deps: {
  db: Prisma.TransactionClient;
  clock: StaffDeps['clock'];
}): Promise<{ items: StaffUserSummary[] }> {
  const rows = await deps.db.staffUser.findMany({ select: summarySelect, orderBy: { username: 'asc' } });
  return { items: rows.map((row) => toSummary(row, deps.clock.now())) };
}

function temporaryPasswordFor(
  deps: StaffAdminDeps,
  input: { username: string; displayName: string; temporaryPassword?: string | undefined },
): string {
  const context = { userId: input.username, names: input.displayName.split(/\s+/) };
  if (input.temporaryPassword === undefined) {
    // A random password could spell a short name by chance; draw again (the odds are tiny).
    for (;;) {
      const generated = generateTemporaryPassword(deps.policy.temporaryPassword.entropyBits);
      if (checkPassword(generated, context, deps.passwords.rules).length === 0) return generated;
    }
  }
  const problems = checkPassword(input.temporaryPassword, context, deps.passwords.rules);
  if (problems.length > 0) {
    throw badRequest(
      'Some of the information is missing or not valid.',
      problems.map((problem) => ({ field: 'temporaryPassword', message: describePasswordProblem(problem) })),
    );
  }
  return input.temporaryPassword;
}

const staffSubject = (id: string) => ({ subject: { type: 'staff_user', id } });

const HOUR = 60 * 60_000;

/** The columns that make a password temporary: to be replaced, and refused after its expiry. */
const temporary = (deps: StaffAdminDeps, now: Date) => ({
  mustChangePassword: true,
  tempPasswordExpiresAt: new Date(now.getTime() + deps.policy.temporaryPassword.expiryHours * HOUR),
  totpEnrolmentDueAt: new Date(now.getTime() + deps.policy.staffEnrolment.windowHours * HOUR),
});

/** j•••@agency.example: enough for the admin to tell where the password went. */
const maskAddress = (email: string) => {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
};

export async function createStaffUser(
  deps: StaffAdminDeps,
  input: CreateStaffUserRequest,
): Promise<StaffUserCredentials> {
  if (isSharedName(input.username)) {
    throw badRequest('Staff accounts are personal.', [
      { field: 'username', message: 'Use the person’s own name (e.g. jane.doe), not a team or role name.' },
    ]);
  }
  if (input.displayName.trim().split(/\s+/).length < 2) {
    throw badRequest('Staff accounts are personal.', [
      { field: 'displayName', message: 'Enter the person’s first and last name.' },
    ]);
  }
  const temporaryPassword = temporaryPasswordFor(deps, input);
  const passwordHash = await deps.passwords.hash(temporaryPassword);
  const now = deps.clock.now();
  try {
    const user = await audited(
      deps,
      (tx) =>
        tx.staffUser.create({
          data: {
            username: input.username,
            displayName: input.displayName,
            email: input.email ?? null,
            role: input.role,
            passwordHash,
            ...temporary(deps, now),
            createdAt: now,
            updatedAt: now,
          },
          select: summarySelect,
        }),
      (row) => ({
        action: 'staff_user_created',
        ...staffSubject(row.id),
        details: { username: row.username, role: row.role },
      }),
    );
    return { user: toSummary(user, now), temporaryPassword };
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError('CONFLICT', 409, 'That username is taken.', {
        fields: [{ field: 'username', message: 'That username is taken.' }],
      });
    throw error;
  }
}

async function existing(tx: Prisma.TransactionClient, id: string): Promise<SummaryRow> {
  const user = await tx.staffUser.findUnique({ where: { id }, select: summarySelect });
  if (!user) throw notFound('There is no staff user with this id.');
  return user;
}

const notYourself = (what: string) =>
  new DomainError('CONFLICT', 409, `You cannot ${what} your own account. Ask another administrator.`);

export async function disableStaffUser(
  deps: StaffAdminDeps,
  id: string,
  reason: string | undefined,
): Promise<{ user: StaffUserSummary }> {
  if (id === deps.staff.staffUserId) throw notYourself('disable');
  const now = deps.clock.now();
  const user = await audited(
    deps,
    async (tx) => {
      await existing(tx, id);
      const row = await tx.staffUser.update({
        where: { id },
        data: { status: 'disabled', updatedAt: now },
        select: summarySelect,
      });
      const sessions = await revokeFamilies(
        { ...deps, db: tx },
        { owner: staffOwner(id), reason: 'account_disabled' },
        { audit: false },
      );
      return { row, sessions };
    },
    ({ row, sessions }) => ({
      action: 'staff_user_disabled',
      ...staffSubject(id),
      details: { username: row.username, reason: reason ?? null, sessions },
    }),
  );
  return { user: toSummary(user.row, now) };
}

export async function resetStaffUser(
  deps: StaffAdminDeps,
  id: string,
  reason: string | undefined,
): Promise<StaffUserResetResult> {
  if (id === deps.staff.staffUserId) throw notYourself('reset');
  const now = deps.clock.now();
  const target = await existing(deps.db, id);
  const email = target.email;
  if (!email) {
    throw new DomainError(
      'CONFLICT',
      409,
      'This staff member has no email address on file, so a new temporary password cannot reach them. Add their agency email first.',
    );
  }
  const temporaryPassword = temporaryPasswordFor(deps, {
    username: target.username,
    displayName: target.displayName,
  });
  const passwordHash = await deps.passwords.hash(temporaryPassword);
  const user = await audited(
    deps,
    async (tx) => {
      const row = await tx.staffUser.update({
        where: { id },
        data: {
          passwordHash,
          ...temporary(deps, now),
          totpSecretCiphertext: null,
          totpEnrolledAt: null,
          lastTotpStep: null,
          failedSignInCount: 0,
          failedWindowStartedAt: null,
          lockedUntil: null,
          updatedAt: now,
        },
        select: summarySelect,
      });
      const sessions = await revokeFamilies(
        { ...deps, db: tx },
        { owner: staffOwner(id), reason: 'staff_user_reset' },
        { audit: false },
      );
      return { row, sessions };
    },
    ({ row, sessions }) => ({
      action: 'staff_user_reset',
      ...staffSubject(id),
      details: { username: row.username, reason: reason ?? null, sessions, emailed: true },
    }),
  );
  // After the commit: a reset that rolled back must not mail a password that does not work.
  await deps.mailer.send({
    to: email,
    subject: 'Your console password was reset',
    body: [
      `Hello ${target.displayName},`,
      '',
      `An administrator reset your Customer Online Services console account (${target.username}).`,
      `Your temporary password: ${temporaryPassword}`,
      '',
      `It works once, within ${deps.policy.temporaryPassword.expiryHours} hours. Sign in, choose a new password, then set up your authenticator app again within ${deps.policy.staffEnrolment.windowHours} hours.`,
      'If you did not expect this, call the security office before you sign in.',
    ].join('\n'),
  });
  return { user: toSummary(user.row, now), emailedTo: maskAddress(email) };
}
