// Card payments left pending because the processor's answer never came back in time (504 to the
// parent) are settled later by the reconciliation job, which asks the processor what became of
// each charge (PaymentProcessor.lookup, by the idempotency key it was sent with). Only attempts at
// least RECONCILE_AFTER_MINUTES old are asked about, so an answer still on its way is not raced;
// the job runs every few minutes, so an attempt is asked again later while the processor says it
// is still in progress. Approved → the Payment is recorded as at submit time; declined or never
// received → failed (no money moved). Either way the parent is emailed in their language and the
// change is audited. Each row is settled under a lock with a status check, so two instances
// reconciling at once settle it once.
import type { PrismaClient } from '@cos/db';
import { emailAccount } from '../../email/account-email.ts';
import { emailTemplates } from '../../email/templates.ts';
import { appendAudit } from '../../lib/audit.ts';
import type { Clock } from '../../lib/clock.ts';
import type { PaymentProcessor } from '../../lib/payment-processor.ts';
import { jobContext } from '../../lib/request-context.ts';

export const RECONCILE_AFTER_MINUTES = 15;

export interface ReconcileDeps {
  db: PrismaClient;
  clock: Clock;
  processor: PaymentProcessor;
  timeoutMs?: number;
}

export interface ReconcileResult {
  approved: number;
  failed: number;
  stillPending: number;
}

const dollars = (cents: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);

export async function reconcilePendingPayments(deps: ReconcileDeps): Promise<ReconcileResult> {
  const cutoff = new Date(deps.clock.now().getTime() - RECONCILE_AFTER_MINUTES * 60_000);
  const rows = await deps.db.paymentRequest.findMany({
    where: { status: 'pending', method: 'card', createdAt: { lte: cutoff } },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
    take: 500,
  });
  const result: ReconcileResult = { approved: 0, failed: 0, stillPending: 0 };
  for (const { id } of rows) {
    let outcome;
    try {
      outcome = await deps.processor.lookup(id, AbortSignal.timeout(deps.timeoutMs ?? 10_000));
    } catch {
      result.stillPending += 1; // asked again on the next run
      continue;
    }
    if (outcome.status === 'pending') {
      result.stillPending += 1;
      continue;
    }
    const approved = outcome.status === 'approved';
    const reference = 'reference' in outcome ? outcome.reference : null;
    const settled = await settle(deps, id, approved, reference);
    if (settled) result[approved ? 'approved' : 'failed'] += 1;
  }
  return result;
}

async function settle(deps: ReconcileDeps, id: string, approved: boolean, reference: string | null) {
  const now = deps.clock.now();
  const audit = { clock: deps.clock, context: jobContext('payments-reconcile', id) };
  return deps.db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Array<{ status: string }>>`
      SELECT status FROM payment_requests WHERE id = ${id}::uuid FOR UPDATE`;
    if (row?.status !== 'pending') return false;
    const request = await tx.paymentRequest.findUniqueOrThrow({
      where: { id },
      select: {
        accountId: true,
        caseId: true,
        amountCents: true,
        confirmationNumber: true,
        supportCase: { select: { caseNumber: true } },
      },
    });
    let paymentId: string | null = null;
    if (approved) {
      const payment = await tx.payment.create({
        data: {
          caseId: request.caseId,
          receivedAt: now,
          amountCents: request.amountCents,
          source: 'online',
          status: 'pending',
        },
        select: { id: true },
      });
      paymentId = payment.id;
    }
    await tx.paymentRequest.update({
      where: { id },
      data: { status: approved ? 'approved' : 'failed', processorReference: reference, paymentId },
    });
    await appendAudit(tx, audit, {
      action: 'payment_reconciled',
      outcome: approved ? 'success' : 'failure',
      actor: { type: 'system' },
      accountId: request.accountId,
      subject: { type: 'payment_request', id },
      details: { confirmationNumber: request.confirmationNumber, result: approved ? 'approved' : 'failed' },
    });
    await emailAccount(
      { db: tx, clock: deps.clock },
      request.accountId,
      emailTemplates.paymentOutcome({
        approved,
        confirmationNumber: request.confirmationNumber,
        amount: dollars(request.amountCents),
        caseNumber: request.supportCase.caseNumber,
      }),
    );
    return true;
  });
}
