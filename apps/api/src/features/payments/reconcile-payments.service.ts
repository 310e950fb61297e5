// Reconciliation: settles payment requests whose outcome we never heard — the processor did not
// answer in time and no webhook came. Each pending request older than RECONCILE_AFTER_MINUTES (by
// the app's clock) is looked up at the processor by our reference: approved / declined / refunded
// are recorded as such; one the processor never received is `failed` (nothing was charged); one it
// still has no outcome for stays pending for the next run. Each change tells the parent. Meant to
// be run by the job runner every few minutes; safe to run on several instances at once (every
// change locks its row and only allowed moves happen, payment-outcomes.ts).
import type { PaymentProcessor } from '../../lib/payment-processor.ts';
import { outcomeAudit, recordOutcome, type OutcomeDeps } from './payment-outcomes.ts';

/** Long after any charge call has given up (15 s), short enough that a parent hears the same day. */
export const RECONCILE_AFTER_MINUTES = 15;
const BATCH = 100;

export interface ReconcileDeps extends OutcomeDeps {
  processor: PaymentProcessor;
  /** Time limit of each lookup call. */
  timeoutMs: number;
}

export interface ReconcileSummary {
  checked: number;
  approved: number;
  declined: number;
  refunded: number;
  failed: number;
  stillPending: number;
  /** Lookups that failed (processor unreachable): retried on the next run. */
  errors: number;
}

export async function reconcilePendingPayments(deps: ReconcileDeps): Promise<ReconcileSummary> {
  const olderThan = new Date(deps.clock.now().getTime() - RECONCILE_AFTER_MINUTES * 60_000);
  const pending = await deps.db.paymentRequest.findMany({
    where: { status: 'pending', createdAt: { lte: olderThan } },
    orderBy: { createdAt: 'asc' },
    take: BATCH,
    select: { id: true },
  });
  const summary: ReconcileSummary = {
    checked: pending.length,
    approved: 0,
    declined: 0,
    refunded: 0,
    failed: 0,
    stillPending: 0,
    errors: 0,
  };
  for (const { id } of pending) {
    let found;
    try {
      found = await deps.processor.lookup(id, AbortSignal.timeout(deps.timeoutMs));
    } catch (error) {
      deps.warn(error, 'payment lookup failed; retried on the next reconciliation run');
      summary.errors += 1;
      continue;
    }
    if (found.status === 'pending') {
      summary.stillPending += 1;
      continue;
    }
    const outcome =
      found.status === 'not_found'
        ? { status: 'failed' as const, processorReference: null }
        : { status: found.status, processorReference: found.reference };
    const changed = await recordOutcome(deps, id, outcome, {
      via: 'reconciliation',
      audit: outcomeAudit('reconciliation'),
    });
    if (changed) summary[outcome.status] += 1;
  }
  return summary;
}
