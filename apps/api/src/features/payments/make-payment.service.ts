// One-time card payment (docs/product.md §3.6). The attempt is recorded as `pending` BEFORE the processor is
// called, under the unique (account, Idempotency-Key): a double-click, a retry after a timeout or two
// concurrent submits all resolve to that one row and never reach the processor as a new charge.
// Approved → a pending Payment on the case (so it shows in Payments at once, not yet counted in the
// balance) in the same transaction as the status and the audit event. Declined → recorded, 402.
// No answer in time → left pending (outcome unknown), 504; the webhook or reconciliation settles it
// later (payment-webhook.ts, reconcile-payments.service.ts). The card itself never reaches us: the
// parent typed it into the processor's hosted form, and we hold only its single-use token, which
// the processor describes (last 4 digits, kept for the receipt) before the attempt is recorded.
// Card testing: a new attempt is refused with 429 TOO_MANY_PAYMENT_ATTEMPTS, before the processor is
// called, once the account has the policy's number of attempts that did not go through (declined,
// or not settled yet) in its window. They are counted from payment_requests by the app's clock,
// under a lock of the account row, so the cap holds across instances and parallel submits; a repeat
// of an attempt already made is never refused, it answers as the first time.
import type { MakePaymentValues, PaymentReceipt } from '@cos/contracts';
import type { Prisma, PrismaClient } from '@cos/db';
import type { SecurityPolicy } from '@cos/security';
import { appendAudit, type AuditContext } from '../../lib/audit.ts';
import { confirmationNumber } from '../../lib/confirmation-number.ts';
import { badRequest, DomainError } from '../../lib/errors.ts';
import type { Mailer } from '../../lib/mailer.ts';
import type { PaymentProcessor } from '../../lib/payment-processor.ts';
import { secondsUntilOutOfWindow, windowStart } from '../../lib/sliding-window.ts';
import { isUniqueViolation } from '../../lib/unique-violation.ts';
import { payableCase } from './payment-case.ts';
import { keyReused, paymentDeclined, paymentTimeout, processorUnavailable } from './payment-errors.ts';
import { recordOutcome } from './payment-outcomes.ts';
import { sendReceiptEmail } from './payment-receipt-email.ts';
import { receiptOf, requestSelect, waitWhilePending, type StoredRequest } from './payment-requests.ts';

export interface PaymentDeps extends AuditContext {
  db: PrismaClient;
  processor: PaymentProcessor;
  timeoutMs: number;
  mailer: Mailer;
  policy: Pick<SecurityPolicy, 'paymentAttempts'>;
  /** Where a receipt email that could not be sent is reported (the payment stands regardless). */
  warn: (error: unknown, message: string) => void;
}

type Input = MakePaymentValues;

export async function makePayment(
  deps: PaymentDeps,
  accountId: string,
  idempotencyKey: string,
  input: Input,
): Promise<PaymentReceipt> {
  const target = await payableCase(deps.db, accountId, input.caseNumber);
  const key = { accountId_idempotencyKey: { accountId, idempotencyKey } };
  const row = await deps.db.paymentRequest.findUnique({ where: key, select: requestSelect });
  // A repeat of an attempt answers its first outcome (its token is spent by then; that is fine).
  if (row) return replay(deps, row, target.caseId, input.amountCents);
  const card = await describeCard(deps, input.paymentToken);
  let attempt: { row: StoredRequest; isNew: boolean };
  try {
    attempt = await deps.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM customer_accounts WHERE id = ${accountId}::uuid FOR UPDATE`;
      // A submit of the same attempt that got the lock first: answer with its outcome, not a 429.
      const first = await tx.paymentRequest.findUnique({ where: key, select: requestSelect });
      if (first) return { row: first, isNew: false };
      await checkAttemptAllowance({ ...deps, db: tx }, accountId);
      const created = await tx.paymentRequest.create({
        data: {
          confirmationNumber: confirmationNumber('PAY'),
          accountId,
          caseId: target.caseId,
          idempotencyKey,
          amountCents: input.amountCents,
          method: 'card',
          instrumentLast4: card.last4,
          status: 'pending',
          createdAt: deps.clock.now(),
        },
        select: requestSelect,
      });
      return { row: created, isNew: true };
    });
  } catch (error) {
    // Another submit of the same attempt got there first (the unique index backs the lock).
    if (!isUniqueViolation(error)) throw error;
    return replay(
      deps,
      await deps.db.paymentRequest.findUniqueOrThrow({ where: key, select: requestSelect }),
      target.caseId,
      input.amountCents,
    );
  }
  return attempt.isNew
    ? charge(deps, attempt.row, input.paymentToken)
    : replay(deps, attempt.row, target.caseId, input.amountCents);
}

/** 429 once the account's attempts that did not go through fill the policy's window. */
async function checkAttemptAllowance(
  deps: Pick<PaymentDeps, 'clock' | 'policy'> & { db: Prisma.TransactionClient },
  accountId: string,
) {
  const { maxDeclined, windowMinutes } = deps.policy.paymentAttempts;
  const now = deps.clock.now();
  const windowMs = windowMinutes * 60_000;
  const failed = await deps.db.paymentRequest.aggregate({
    where: { accountId, createdAt: { gt: windowStart(now, windowMs) }, status: { not: 'approved' } },
    _count: { _all: true },
    _min: { createdAt: true },
  });
  if (failed._count._all < maxDeclined) return;
  throw new DomainError(
    'TOO_MANY_PAYMENT_ATTEMPTS',
    429,
    `Too many card payments on your account did not go through in the last ${windowMinutes} minutes, so card payments are paused for now. No payment was made. Please try again later, or call us to pay another way.`,
    { headers: { 'retry-after': String(secondsUntilOutOfWindow(failed._min.createdAt, windowMs, now)) } },
  );
}

/** The first answer again; while the first submit is still waiting on the processor, wait for it. */
async function replay(
  deps: PaymentDeps,
  row: StoredRequest,
  caseId: string,
  amountCents: number,
): Promise<PaymentReceipt> {
  if (row.caseId !== caseId || row.amountCents !== amountCents) throw keyReused();
  const settled = row.status === 'pending' ? await waitWhilePending(deps, row) : row;
  if (settled.status === 'approved') return receiptOf(settled);
  if (settled.status === 'declined') throw paymentDeclined();
  throw paymentTimeout();
}

/** The card behind the token; a token that is unknown, spent or expired is a 400 on that field. */
async function describeCard(deps: PaymentDeps, token: string) {
  let card;
  try {
    card = await deps.processor.describeToken(token, AbortSignal.timeout(deps.timeoutMs));
  } catch {
    // Nothing is recorded or charged yet, so the parent may simply try again.
    throw processorUnavailable();
  }
  if (!card)
    throw badRequest('The card details are no longer valid.', [
      {
        field: 'paymentToken',
        message: 'The card details expired or were already used. Enter the card again.',
      },
    ]);
  return card;
}

async function charge(deps: PaymentDeps, row: StoredRequest, paymentToken: string): Promise<PaymentReceipt> {
  const audit = (outcome: 'success' | 'failure', result: string) => ({
    action: 'payment_submitted' as const,
    outcome,
    accountId: row.accountId,
    subject: { type: 'payment_request', id: row.id },
    details: {
      confirmationNumber: row.confirmationNumber,
      caseNumber: row.supportCase.caseNumber,
      amountCents: row.amountCents,
      result,
    },
  });
  const signal = AbortSignal.timeout(deps.timeoutMs);
  let outcome;
  try {
    outcome = await deps.processor.charge(
      { idempotencyKey: row.id, amountCents: row.amountCents, paymentToken },
      signal,
    );
  } catch {
    // Timed out or failed in transit: the charge may or may not have happened. The row stays
    // pending so a retry of this attempt never charges again; the webhook or reconciliation
    // settles it.
    await appendAudit(deps.db, deps, audit('failure', 'no_answer'));
    throw paymentTimeout();
  }

  const changed = await recordOutcome(
    deps,
    row.id,
    { status: outcome.status, processorReference: outcome.reference },
    {
      via: 'processor_answer',
      audit: () =>
        outcome.status === 'approved' ? audit('success', 'approved') : audit('failure', 'declined'),
    },
  );
  // Null: a webhook settled it while the answer was on its way; answer what is recorded now.
  const settled =
    changed ??
    (await deps.db.paymentRequest.findUniqueOrThrow({ where: { id: row.id }, select: requestSelect }));
  if (settled.status === 'declined') throw paymentDeclined();
  if (settled.status !== 'approved') throw paymentTimeout();
  if (changed) await sendReceiptEmail(deps, settled);
  return receiptOf(settled);
}
