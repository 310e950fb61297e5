// The end of every successful parent sign-in (password, password + second factor, passkey): the
// lockout counter reset (this becomes the last sign-in), a new session family and the sign_in audit
// event, in one statement: atomic, and one round trip on the path the benchmark measures.
import type { PrismaClient } from '@cos/db';
import { appendAudit, auditInsert, type AuditDetails } from '../lib/audit.ts';
import { successReset } from './lockout.ts';
import { newSession, sessionInsert, type IssuedSession, type SessionDeps } from './sessions.ts';

export async function completeSignIn(
  deps: SessionDeps<PrismaClient>,
  input: { accountId: string; restricted: boolean; details?: AuditDetails },
): Promise<IssuedSession> {
  const { row, issued } = newSession(deps, { accountId: input.accountId, restricted: input.restricted });
  const audit = auditInsert(deps, {
    action: 'sign_in',
    accountId: input.accountId,
    details: { scope: issued.scope, familyId: issued.familyId, ...input.details },
  });
  await deps.db.$executeRaw`
    WITH reset AS (${successReset(input.accountId, deps.clock.now())}),
         session AS (${sessionInsert(row)})
    ${audit}`;
  return issued;
}

/**
 * The audit trail of a refused parent sign-in attempt (password, passkey or second-factor code):
 * the failure, and the lock when this attempt was the one that locked the account.
 */
export async function auditRefusedSignIn(
  deps: SessionDeps<PrismaClient>,
  reserved: { id: string; lockedUntil: Date | null },
  details: AuditDetails,
): Promise<void> {
  await appendAudit(deps.db, deps, {
    action: 'sign_in',
    outcome: 'failure',
    accountId: reserved.id,
    details,
  });
  if (reserved.lockedUntil) {
    await appendAudit(deps.db, deps, {
      action: 'account_locked',
      accountId: reserved.id,
      actor: { type: 'system' },
      details: {
        failures: deps.policy.signInLockout.maxFailures + 1,
        lockedUntil: reserved.lockedUntil.toISOString(),
      },
    });
  }
}
