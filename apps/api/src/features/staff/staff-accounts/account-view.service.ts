// The account view of the console (docs/product.md §6): status badges, failed attempts, sign-ins, the last
// 20 security events in plain words, cases and roles, the questions chosen (never the answers),
// masked contact details and the staff notes. Read and audited in one transaction (fail closed).
// The select lists name every column read, so a password hash, an answer hash or the SSN
// ciphertext cannot slip into the answer.
import type { AccountView } from '@cos/contracts';
import type { Prisma } from '@cos/db';
import { notFound } from '../../../lib/errors.ts';
import { audited } from '../../../plugins/app/audited.ts';
import { describeEvent } from '../staff-audit/audit-words.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';
import { accountStateSelect, badgesOf, maskEmail, maskedSsnOf, maskPhone } from './account-status.ts';

const SECURITY_EVENTS = 20;
const NOTES = 50;

// Staff reads (searches, views, reveals) are the audit page's business ("who viewed this
// account"), not the account's own security history.
const STAFF_READS = ['staff_search', 'staff_account_view', 'staff_ssn_reveal', 'staff_audit_read'];

export const accountNotFound = () => notFound('There is no online account with this id.');

export async function loadAccountView(
  tx: Prisma.TransactionClient,
  accountId: string,
  at: { now: Date; lockoutWindowMinutes: number },
): Promise<AccountView> {
  const { now } = at;
  const account = await tx.customerAccount.findUnique({
    where: { id: accountId },
    select: {
      id: true,
      userId: true,
      email: true,
      failedSignInCount: true,
      failedWindowStartedAt: true,
      lastSignInAt: true,
      createdAt: true,
      passwordChangedAt: true,
      ...accountStateSelect,
      person: {
        select: {
          firstName: true,
          lastName: true,
          ssnLast4: true,
          dateOfBirth: true,
          phone: true,
          participations: {
            select: { role: true, supportCase: { select: { caseNumber: true, status: true, county: true } } },
          },
        },
      },
      securityAnswers: {
        select: { question: { select: { id: true, text: true } } },
        orderBy: { questionId: 'asc' },
      },
      notes: {
        select: {
          id: true,
          body: true,
          createdAt: true,
          staffUser: { select: { id: true, displayName: true } },
        },
        orderBy: { createdAt: 'desc' },
        take: NOTES,
      },
    },
  });
  if (!account) throw accountNotFound();
  // One after the other: a transaction has one connection, which runs one query at a time.
  const events = await tx.auditEvent.findMany({
    where: { accountId, action: { notIn: STAFF_READS } },
    orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
    take: SECURITY_EVENTS,
    select: { occurredAt: true, action: true, outcome: true, details: true, ip: true },
  });
  const activeSessions = await tx.refreshSession.findMany({
    where: { accountId, revokedAt: null, rotatedAt: null, expiresAt: { gt: now } },
    select: { familyId: true },
    distinct: ['familyId'],
  });
  const pending = await tx.directDepositPendingChange.findUnique({
    where: { accountId },
    select: {
      routingNumber: true,
      accountNumberLast4: true,
      accountType: true,
      requestedAt: true,
      effectiveAt: true,
    },
  });
  const { person } = account;
  return {
    accountId: account.id,
    userId: account.userId,
    firstName: person.firstName,
    lastName: person.lastName,
    ssn: maskedSsnOf(person.ssnLast4),
    birthYear: person.dateOfBirth.getUTCFullYear(),
    email: maskEmail(account.email),
    phone: maskPhone(person.phone),
    badges: badgesOf(account, now),
    failedSignInCount: failuresInWindow(account, at),
    lockedUntil: account.lockedUntil && account.lockedUntil > now ? account.lockedUntil.toISOString() : null,
    recoveryLockedUntil:
      account.recoveryLockedUntil && account.recoveryLockedUntil > now
        ? account.recoveryLockedUntil.toISOString()
        : null,
    lastSignInAt: account.lastSignInAt?.toISOString() ?? null,
    registeredAt: account.createdAt.toISOString(),
    passwordChangedAt: account.passwordChangedAt.toISOString(),
    activeSessions: activeSessions.length,
    securityEvents: events.map((event) => ({
      occurredAt: event.occurredAt.toISOString(),
      action: event.action,
      outcome: outcomeOf(event.outcome),
      description: describeEvent(event),
      ip: event.ip,
    })),
    cases: person.participations
      .map((p) => ({
        caseNumber: p.supportCase.caseNumber,
        role: p.role,
        status: p.supportCase.status,
        county: p.supportCase.county,
      }))
      .sort((x, y) => x.caseNumber.localeCompare(y.caseNumber)),
    securityQuestions: account.securityAnswers.map((answer) => ({
      questionId: answer.question.id,
      text: answer.question.text,
    })),
    notes: account.notes.map((note) => ({
      id: note.id,
      body: note.body,
      createdAt: note.createdAt.toISOString(),
      author: { id: note.staffUser.id, displayName: note.staffUser.displayName },
    })),
    // An agent on the phone with a parent who did not make the change sees it and when it would apply.
    pendingDirectDepositChange: pending && {
      routingNumberLast4: pending.routingNumber.slice(-4),
      accountNumberLast4: pending.accountNumberLast4,
      accountType: pending.accountType,
      requestedAt: pending.requestedAt.toISOString(),
      effectiveAt: pending.effectiveAt.toISOString(),
    },
  };
}

/** The stored counter, while it still counts (inside its window, or behind a lock). */
function failuresInWindow(
  account: { failedSignInCount: number; failedWindowStartedAt: Date | null; lockedUntil: Date | null },
  { now, lockoutWindowMinutes }: { now: Date; lockoutWindowMinutes: number },
): number {
  if (account.lockedUntil && account.lockedUntil > now) return account.failedSignInCount;
  const started = account.failedWindowStartedAt?.getTime();
  return started !== undefined && now.getTime() - started < lockoutWindowMinutes * 60_000
    ? account.failedSignInCount
    : 0;
}

export const outcomeOf = (outcome: string): 'success' | 'failure' | 'denied' =>
  outcome === 'failure' || outcome === 'denied' ? outcome : 'success';

export async function viewAccount(deps: StaffDeps, accountId: string): Promise<AccountView> {
  return audited(
    deps,
    (tx) =>
      loadAccountView(tx, accountId, {
        now: deps.clock.now(),
        lockoutWindowMinutes: deps.policy.signInLockout.windowMinutes,
      }),
    (view) => ({
      action: 'staff_account_view',
      accountId: view.accountId,
      subject: { type: 'customer_account', id: view.accountId },
      details: { badges: view.badges.map((b) => b.kind).join(',') },
    }),
  );
}
