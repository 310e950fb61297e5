// What staff may do to a customer account (docs/product.md §6), each with a reason and exactly one audit
// event in the same transaction (if the event cannot be written, the action is rolled back):
// unlock sign-in, lift a recovery lock, sign the customer out everywhere, add a note, and — for
// supervisors — reveal the full SSN for one view. None of them shows or sets a password or answer.
import type {
  RevealSsnResponse,
  RevokeSessionsResult,
  StaffActionResult,
  StaffNoteItem,
} from '@cos/contracts';
import type { Prisma } from '@cos/db';
import { clearFailures } from '../../../identity/lockout.ts';
import { revokeFamilies, customerOwner } from '../../../identity/sessions.ts';
import { audited } from '../../../plugins/app/audited.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';
import { accountNotFound } from './account-view.service.ts';
import { accountStateSelect, badgesOf } from './account-status.ts';

async function stateOf(tx: Prisma.TransactionClient, accountId: string) {
  const account = await tx.customerAccount.findUnique({
    where: { id: accountId },
    select: accountStateSelect,
  });
  if (!account) throw accountNotFound();
  return account;
}

const subjectOf = (accountId: string) => ({
  accountId,
  subject: { type: 'customer_account', id: accountId },
});

/** Clears the sign-in lock and the failure counter. */
export async function unlockAccount(
  deps: StaffDeps,
  accountId: string,
  reason: string,
): Promise<StaffActionResult> {
  const now = deps.clock.now();
  return audited(
    deps,
    async (tx) => {
      const before = await stateOf(tx, accountId);
      const wasLocked = before.lockedUntil !== null && before.lockedUntil > now;
      await clearFailures({ db: tx, clock: deps.clock }, accountId);
      return {
        ok: true as const,
        changed: wasLocked,
        badges: badgesOf({ ...before, lockedUntil: null }, now),
      };
    },
    (result) => ({
      action: 'staff_unlock',
      ...subjectOf(accountId),
      details: { reason, wasLocked: result.changed },
    }),
  );
}

/** Lets the customer use "Forgot your User ID or Password?" again at once. */
export async function liftRecoveryLock(
  deps: StaffDeps,
  accountId: string,
  reason: string,
): Promise<StaffActionResult> {
  const now = deps.clock.now();
  return audited(
    deps,
    async (tx) => {
      const before = await stateOf(tx, accountId);
      const wasLocked = before.recoveryLockedUntil !== null && before.recoveryLockedUntil > now;
      await tx.customerAccount.update({
        where: { id: accountId },
        data: { recoveryLockedUntil: null, updatedAt: now },
      });
      return {
        ok: true as const,
        changed: wasLocked,
        badges: badgesOf({ ...before, recoveryLockedUntil: null }, now),
      };
    },
    (result) => ({
      action: 'staff_recovery_lock_lifted',
      ...subjectOf(accountId),
      details: { reason, wasLocked: result.changed },
    }),
  );
}

/** Ends every session of the customer (e.g. a lost phone or a suspected takeover). */
export async function revokeCustomerSessions(
  deps: StaffDeps,
  accountId: string,
  reason: string,
): Promise<RevokeSessionsResult> {
  const now = deps.clock.now();
  return audited(
    deps,
    async (tx) => {
      const state = await stateOf(tx, accountId);
      // The one audit event is this action's own, so the revocation writes none of its own.
      const sessionsRevoked = await revokeFamilies(
        { ...deps, db: tx },
        { owner: customerOwner(accountId), reason: 'revoked_by_staff' },
        { audit: false },
      );
      return {
        ok: true as const,
        changed: sessionsRevoked > 0,
        sessionsRevoked,
        badges: badgesOf(state, now),
      };
    },
    (result) => ({
      action: 'staff_sessions_revoked',
      ...subjectOf(accountId),
      details: { reason, sessions: result.sessionsRevoked },
    }),
  );
}

export async function addNote(deps: StaffDeps, accountId: string, body: string): Promise<StaffNoteItem> {
  return audited(
    deps,
    async (tx) => {
      await stateOf(tx, accountId);
      const note = await tx.staffNote.create({
        data: { accountId, staffUserId: deps.staff.staffUserId, body, createdAt: deps.clock.now() },
        select: {
          id: true,
          body: true,
          createdAt: true,
          staffUser: { select: { id: true, displayName: true } },
        },
      });
      return {
        id: note.id,
        body: note.body,
        createdAt: note.createdAt.toISOString(),
        author: note.staffUser,
      };
    },
    // The note's text is in staff_notes; the audit records that it was written and by whom.
    (note) => ({
      action: 'staff_note_added',
      ...subjectOf(accountId),
      details: { noteId: note.id, length: note.body.length },
    }),
  );
}

/** The full SSN, decrypted for one view; the audit event is written before the answer leaves. */
export async function revealSsn(
  deps: StaffDeps,
  accountId: string,
  reason: string,
): Promise<RevealSsnResponse> {
  return audited(
    deps,
    async (tx) => {
      const account = await tx.customerAccount.findUnique({
        where: { id: accountId },
        select: { person: { select: { ssnCiphertext: true } } },
      });
      if (!account) throw accountNotFound();
      const digits = deps.ssnCipher.decrypt(account.person.ssnCiphertext);
      return { ssn: `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}` };
    },
    () => ({ action: 'staff_ssn_reveal', ...subjectOf(accountId), details: { reason } }),
  );
}
