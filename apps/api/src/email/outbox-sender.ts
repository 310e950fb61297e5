// Drains email_outbox. A sender claims a batch of due pending rows with one UPDATE over a
// SELECT … FOR UPDATE SKIP LOCKED, taking a lease (locked_until) and counting the attempt: of any
// number of senders in any number of instances, exactly one holds a row while it talks to the relay,
// so no row is sent twice. Each outcome is written back by row:
// - accepted → sent (sent_at, the relay's message id);
// - a 5xx answer → failed at once (a permanent rejection: bad address, refused content);
// - relay down, a 4xx answer, a timeout → pending again, next try after an exponential backoff
//   (policy emailDelivery), failed after the last try.
// A sender that dies between the relay's acceptance and the write-back leaves the lease to expire
// and the row is sent again: the one case of a duplicate, preferred to a lost security notice
// (docs/decisions/0005-job-runner.md).
import type { PrismaClient } from '@cos/db';
import type { SecurityPolicy } from '@cos/security';
import type { Clock } from '../lib/clock.ts';
import { classifyFailure, type EmailTransport } from './transport.ts';

export interface OutboxSenderDeps {
  db: PrismaClient;
  clock: Clock;
  transport: EmailTransport;
  policy: Pick<SecurityPolicy, 'emailDelivery'>;
  log?: { warn(details: Record<string, unknown>, message: string): void };
}

export interface DrainResult {
  sent: number;
  retried: number;
  failed: number;
}

type Claimed = {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  language: string;
  attempts: number;
};

const LEASE_MS = 5 * 60_000;

/** Seconds before try number `attempts + 1`: first, 2×, 4×… capped. */
export function retryDelaySeconds(policy: SecurityPolicy['emailDelivery'], attempts: number): number {
  const exponential = policy.firstRetrySeconds * 2 ** Math.max(0, Math.min(attempts - 1, 20));
  return Math.min(exponential, policy.maxRetryMinutes * 60);
}

/** Claims up to `batchSize` due rows and sends them; call again until it sends nothing. */
export async function drainOutboxOnce(deps: OutboxSenderDeps, batchSize = 20): Promise<DrainResult> {
  const now = deps.clock.now();
  const leaseEnd = new Date(now.getTime() + LEASE_MS);
  const claimed = await deps.db.$queryRaw<Claimed[]>`
    UPDATE email_outbox o
       SET locked_until = ${leaseEnd}, attempts = o.attempts + 1
     WHERE o.id IN (
       SELECT id FROM email_outbox
        WHERE status = 'pending' AND next_attempt_at <= ${now}
          AND (locked_until IS NULL OR locked_until <= ${now})
        ORDER BY next_attempt_at
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED)
    RETURNING o.id, o.to_address, o.subject, o.body, o.language, o.attempts`;
  const result: DrainResult = { sent: 0, retried: 0, failed: 0 };
  // A few at a time: the pooled SMTP transport keeps up to four connections to the relay.
  for (let i = 0; i < claimed.length; i += 4) {
    await Promise.all(claimed.slice(i, i + 4).map((row) => deliverOne(deps, row, result)));
  }
  return result;
}

/** Drains until nothing is due (or `maxRounds` batches): what a scheduled run or a poll does. */
export async function drainOutbox(deps: OutboxSenderDeps, maxRounds = 50): Promise<DrainResult> {
  const total: DrainResult = { sent: 0, retried: 0, failed: 0 };
  for (let round = 0; round < maxRounds; round += 1) {
    const one = await drainOutboxOnce(deps);
    total.sent += one.sent;
    total.retried += one.retried;
    total.failed += one.failed;
    if (one.sent + one.retried + one.failed === 0) break;
  }
  return total;
}

async function deliverOne(deps: OutboxSenderDeps, row: Claimed, result: DrainResult) {
  try {
    const { messageId } = await deps.transport.deliver({
      to: row.to_address,
      subject: row.subject,
      text: row.body,
      language: row.language,
    });
    await deps.db.emailOutbox.update({
      where: { id: row.id },
      data: { status: 'sent', sentAt: deps.clock.now(), messageId, lockedUntil: null, lastError: null },
    });
    result.sent += 1;
  } catch (error) {
    const failure = classifyFailure(error);
    const now = deps.clock.now();
    const lastTry = row.attempts >= deps.policy.emailDelivery.maxAttempts;
    if (failure.permanent || lastTry) {
      await deps.db.emailOutbox.update({
        where: { id: row.id },
        data: { status: 'failed', failedAt: now, lastError: failure.reason, lockedUntil: null },
      });
      result.failed += 1;
      // The id and the reason only: the address and the content stay out of the logs.
      deps.log?.warn(
        { outboxId: row.id, attempts: row.attempts, reason: failure.reason },
        'email failed for good',
      );
    } else {
      const delayMs = retryDelaySeconds(deps.policy.emailDelivery, row.attempts) * 1000;
      await deps.db.emailOutbox.update({
        where: { id: row.id },
        data: {
          nextAttemptAt: new Date(now.getTime() + delayMs),
          lastError: failure.reason,
          lockedUntil: null,
        },
      });
      result.retried += 1;
    }
  }
}
