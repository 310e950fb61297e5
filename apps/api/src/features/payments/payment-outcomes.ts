// Moving a payment request to an outcome, whoever reports it: the processor's own answer to the
// charge, its signed webhook, or reconciliation's lookup. One function so the three can race
// safely: the row is locked, and only these moves happen — pending → approved | declined |
// refunded | failed, approved → refunded; anything else changes nothing (an outcome already known).
// Approved adds the pending Payment on the case (shown in Payments); refunded reverses it. A change
// reported after the parent left the page (webhook, reconciliation) tells them: a notification in
// the same transaction, then an email if they want payment emails (docs/security.md: no card digit).
import type { PaymentRequestStatus } from '@cos/contracts';
import type { Prisma, PrismaClient } from '@cos/db';
import { accountRecipient, letterTo } from '../../email/account-email.ts';
import { caseTemplates } from '../../email/case-templates.ts';
import { appendAudit, type AuditContext, type AuditEntry } from '../../lib/audit.ts';
import type { Mailer } from '../../lib/mailer.ts';
import { paymentUpdateText } from './payment-update-text.ts';
import { requestSelect, type StoredRequest } from './payment-requests.ts';

export type SettledStatus = Exclude<PaymentRequestStatus, 'pending'>;

export interface Outcome {
  status: SettledStatus;
  processorReference: string | null;
}

const moves: Readonly<Record<string, readonly SettledStatus[]>> = {
  pending: ['approved', 'declined', 'refunded', 'failed'],
  approved: ['refunded'],
};

export interface OutcomeDeps extends AuditContext {
  db: PrismaClient;
  mailer: Mailer;
  warn: (error: unknown, message: string) => void;
}

export interface RecordOptions {
  /** Who reported it: the answer to our charge call needs no notice (the parent is on the page). */
  via: 'processor_answer' | 'webhook' | 'reconciliation';
  /** The audit event of the change (its action, actor and details), written in its transaction. */
  audit: (row: StoredRequest, from: string) => AuditEntry;
  /** Work that must commit with the change or not at all (the webhook's event id). */
  before?: (tx: Prisma.TransactionClient) => Promise<void>;
}

/** Applies the outcome if it is a move allowed from the current state; the changed row, or null. */
export async function recordOutcome(
  deps: OutcomeDeps,
  requestId: string,
  outcome: Outcome,
  options: RecordOptions,
): Promise<StoredRequest | null> {
  const changed = await deps.db.$transaction(async (tx) => {
    await options.before?.(tx);
    const [current] = await tx.$queryRaw<{ status: string }[]>`
      SELECT status FROM payment_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
    if (!current || !moves[current.status]?.includes(outcome.status)) return null;
    const now = deps.clock.now();
    const row = await tx.paymentRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { ...requestSelect, paymentId: true },
    });
    let paymentId = row.paymentId;
    if (outcome.status === 'approved') {
      const payment = await tx.payment.create({
        data: {
          caseId: row.caseId,
          receivedAt: now,
          amountCents: row.amountCents,
          source: 'online',
          status: 'pending',
        },
        select: { id: true },
      });
      paymentId = payment.id;
    }
    if (outcome.status === 'refunded' && paymentId)
      await tx.payment.update({ where: { id: paymentId }, data: { status: 'reversed' } });
    const updated = await tx.paymentRequest.update({
      where: { id: requestId },
      data: {
        status: outcome.status,
        paymentId,
        ...(outcome.processorReference ? { processorReference: outcome.processorReference } : {}),
      },
      select: requestSelect,
    });
    await appendAudit(tx, deps, options.audit(updated, current.status));
    if (options.via !== 'processor_answer') {
      const notice = paymentUpdateText(updated);
      await tx.notification.create({
        data: { accountId: updated.accountId, kind: `payment_${outcome.status}`, ...notice, createdAt: now },
      });
    }
    return updated;
  });
  if (changed && options.via !== 'processor_answer') await emailUpdate(deps, changed);
  return changed;
}

/** The audit event of a change the processor reported later (webhook or reconciliation). */
export const outcomeAudit =
  (via: 'webhook' | 'reconciliation', eventId?: string) =>
  (row: StoredRequest, from: string): AuditEntry => ({
    action: 'payment_outcome_changed',
    actor: { type: 'system' },
    accountId: row.accountId,
    subject: { type: 'payment_request', id: row.id },
    details: {
      confirmationNumber: row.confirmationNumber,
      from,
      to: row.status,
      via,
      ...(eventId ? { eventId } : {}),
    },
  });

async function emailUpdate(deps: OutcomeDeps, row: StoredRequest): Promise<void> {
  try {
    const account = await deps.db.customerAccount.findUniqueOrThrow({
      where: { id: row.accountId },
      select: { notifyPaymentsByEmail: true },
    });
    if (!account.notifyPaymentsByEmail) return;
    const recipient = await accountRecipient(deps.db, row.accountId, { confirmed: true });
    if (!recipient) return;
    const update = caseTemplates.paymentUpdate({
      status: row.status,
      confirmationNumber: row.confirmationNumber,
      amountCents: row.amountCents,
      caseNumber: row.supportCase.caseNumber,
    });
    await deps.mailer.send(letterTo(recipient, update));
  } catch (error) {
    deps.warn(error, 'payment update email not sent');
  }
}
