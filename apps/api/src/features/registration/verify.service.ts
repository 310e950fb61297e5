// Registration step 1 (docs/product.md §3.2): the identity check, its one generic failure, the already-
// registered case (same answer, plus a notification to the existing account) and the block after
// 5 failures per case number or SSN in 24 hours. Everything it records commits in one transaction;
// the answer is decided after it. Every path runs the same statements before the answer (one joined
// identity read, identity.ts); the already-registered notification is written after it.
import type { RegistrationVerifyRequest } from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import { normaliseSsn, type KeyedHasher, type SecurityPolicy, type SsnCipher } from '@cos/security';
import { appendAudit } from '../../lib/audit.ts';
import type { Clock } from '../../lib/clock.ts';
import { DomainError } from '../../lib/errors.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { attemptKeys, lockKeys, recentFailures, recordAttempt } from './attempts.ts';
import { checkIdentity } from './identity.ts';

export interface VerifyDeps {
  db: PrismaClient;
  clock: Clock;
  policy: SecurityPolicy;
  keyedHash: KeyedHasher;
  ssnCipher: SsnCipher;
  context: RequestContext;
  /**
   * Runs work once the answer has gone out (the route: after the response). The notification to an
   * already-registered person is written then, so that path takes the same statements before the
   * answer as any other mismatch. Absent (scripts, tests of the service): run at once.
   */
  afterAnswer?: (work: () => Promise<void>) => void;
}

const CONTACT_CENTER = 'the Customer Communication Center at 1-877-423-4746';

export const identityNotVerified = () =>
  new DomainError(
    'IDENTITY_NOT_VERIFIED',
    422,
    `We could not verify your information. Check what you entered and try again, or call ${CONTACT_CENTER}.`,
  );

export const registrationBlocked = () =>
  new DomainError(
    'REGISTRATION_BLOCKED',
    403,
    `We could not verify your information, and online registration is paused for these details for 24 hours. Please call ${CONTACT_CENTER} for help.`,
  );

type Outcome =
  { kind: 'verified'; personId: string; firstName: string } | { kind: 'not_verified' } | { kind: 'blocked' };

export async function verifyIdentity(
  deps: VerifyDeps,
  input: RegistrationVerifyRequest,
): Promise<{ personId: string; firstName: string }> {
  const { db, policy, keyedHash, ssnCipher } = deps;
  const ssnDigits = normaliseSsn(input.ssn);
  const keys = attemptKeys(keyedHash, input.caseNumber, ssnDigits);
  const caseDetail = { caseNumber: input.caseNumber };

  let duplicateOf: string | null = null;
  const outcome = await db.$transaction(async (tx): Promise<Outcome> => {
    const txDeps = { ...deps, db: tx };
    await lockKeys(tx, keys);
    const failures = await recentFailures(txDeps, keys);
    if (failures >= policy.registration.maxFailures) {
      await appendAudit(tx, deps, {
        action: 'registration_verify',
        outcome: 'denied',
        details: { ...caseDetail, reason: 'blocked' },
      });
      return { kind: 'blocked' };
    }

    const check = await checkIdentity(tx, ssnCipher, input, ssnDigits);
    if (check.ok && check.person.accountId === null) {
      await recordAttempt(txDeps, keys, true);
      await appendAudit(tx, deps, {
        action: 'registration_verify',
        subject: { type: 'person', id: check.person.id },
        details: caseDetail,
      });
      return { kind: 'verified', personId: check.person.id, firstName: check.person.firstName };
    }

    await recordAttempt(txDeps, keys, false);
    if (check.ok && check.person.accountId) {
      const accountId = check.person.accountId;
      duplicateOf = accountId;
      await appendAudit(tx, deps, {
        action: 'registration_duplicate',
        outcome: 'denied',
        actor: { type: 'anonymous' },
        accountId,
        details: caseDetail,
      });
    } else if (!check.ok) {
      const subject = check.personId ? { subject: { type: 'person', id: check.personId } } : {};
      await appendAudit(tx, deps, {
        action: 'registration_verify',
        outcome: 'failure',
        ...subject,
        details: { ...caseDetail, reason: check.reason },
      });
    }
    if (failures + 1 >= policy.registration.maxFailures) {
      await appendAudit(tx, deps, {
        action: 'registration_blocked',
        outcome: 'denied',
        actor: { type: 'system' },
        details: { ...caseDetail, failures: failures + 1, windowHours: policy.registration.windowHours },
      });
      return { kind: 'blocked' };
    }
    return { kind: 'not_verified' };
  });

  if (duplicateOf) {
    const accountId = duplicateOf;
    const notify = () => notifyDuplicate(deps, accountId);
    if (deps.afterAnswer) deps.afterAnswer(notify);
    else await notify();
  }
  if (outcome.kind === 'blocked') throw registrationBlocked();
  if (outcome.kind === 'not_verified') throw identityNotVerified();
  return { personId: outcome.personId, firstName: outcome.firstName };
}

async function notifyDuplicate({ db, clock }: VerifyDeps, accountId: string): Promise<void> {
  await db.notification.create({
    data: {
      accountId,
      kind: 'duplicate_registration',
      subject: 'Someone tried to register with your details',
      body: `Someone tried to register a new account with your details. You already have an account: sign in with your User ID, or use "Forgot your User ID or Password?". If this was not you, call ${CONTACT_CENTER}.`,
      createdAt: clock.now(),
    },
  });
}
