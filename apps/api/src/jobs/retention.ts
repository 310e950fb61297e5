// The nightly retention job: tables that only grow are trimmed by the policy's figures
// (policy.retention and the windows they follow). Deleted in batches so no delete holds many row
// locks or a long transaction. The audit trail is never touched (it is append-only by trigger).
// - refresh sessions past their absolute lifetime (expires_at): every row of an ended family but its
//   newest, which the "Recent sign-ins" list still shows;
// - verification attempts older than the longest window they are counted in;
// - sent outbox rows older than retention.sentEmailDays, and spent email confirmation codes.
import { Prisma, type PrismaClient } from '@cos/db';
import type { SecurityPolicy } from '@cos/security';
import type { Clock } from '../lib/clock.ts';

const HOUR = 3_600_000;
const BATCH = 10_000;

export interface RetentionResult {
  refreshSessions: number;
  verificationAttempts: number;
  sentEmails: number;
  emailConfirmations: number;
}

/** The longest window a verification attempt is counted in, in hours. */
export function verificationWindowHours(policy: SecurityPolicy): number {
  return Math.max(
    policy.registration.windowHours,
    policy.recovery.failedAnswerWindowHours,
    policy.recovery.startWindowHours,
  );
}

async function inBatches(db: PrismaClient, statement: (limit: number) => Prisma.Sql): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await db.$executeRaw(statement(BATCH));
    total += deleted;
    if (deleted < BATCH) return total;
  }
}

export async function purgeExpiredRecords(deps: {
  db: PrismaClient;
  clock: Clock;
  policy: SecurityPolicy;
}): Promise<RetentionResult> {
  const now = deps.clock.now();
  const attemptsBefore = new Date(now.getTime() - verificationWindowHours(deps.policy) * HOUR);
  const emailsBefore = new Date(now.getTime() - deps.policy.retention.sentEmailDays * 24 * HOUR);
  const refreshSessions = await inBatches(
    deps.db,
    (limit) => Prisma.sql`
      DELETE FROM refresh_sessions WHERE id IN (
        SELECT r.id FROM refresh_sessions r
         WHERE r.expires_at < ${now}
           AND EXISTS (SELECT 1 FROM refresh_sessions newer
                        WHERE newer.family_id = r.family_id AND (newer.created_at, newer.id) > (r.created_at, r.id))
         LIMIT ${limit})`,
  );
  const verificationAttempts = await inBatches(
    deps.db,
    (limit) => Prisma.sql`
      DELETE FROM verification_attempts WHERE id IN (
        SELECT id FROM verification_attempts WHERE occurred_at < ${attemptsBefore} LIMIT ${limit})`,
  );
  const sentEmails = await inBatches(
    deps.db,
    (limit) => Prisma.sql`
      DELETE FROM email_outbox WHERE id IN (
        SELECT id FROM email_outbox WHERE status = 'sent' AND sent_at < ${emailsBefore} LIMIT ${limit})`,
  );
  const emailConfirmations = await inBatches(
    deps.db,
    (limit) => Prisma.sql`
      DELETE FROM email_confirmations WHERE id IN (
        SELECT id FROM email_confirmations WHERE expires_at < ${attemptsBefore} LIMIT ${limit})`,
  );
  return { refreshSessions, verificationAttempts, sentEmails, emailConfirmations };
}
