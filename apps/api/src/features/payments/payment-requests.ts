// Reading payment requests back: the columns every answer needs, the receipt built from them, and
// the short wait a concurrent submit of the same attempt does for the first one's outcome.
import type { PaymentReceipt } from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import type { Clock } from '../../lib/clock.ts';
import { notFound } from '../../lib/errors.ts';

export const requestSelect = {
  id: true,
  accountId: true,
  caseId: true,
  confirmationNumber: true,
  amountCents: true,
  instrumentLast4: true,
  status: true,
  createdAt: true,
  supportCase: { select: { caseNumber: true } },
} as const;

export type StoredRequest = {
  id: string;
  accountId: string;
  caseId: string;
  confirmationNumber: string;
  amountCents: number;
  instrumentLast4: string;
  status: string;
  createdAt: Date;
  supportCase: { caseNumber: string };
};

const asStatus = (status: string): PaymentReceipt['status'] =>
  status === 'approved' || status === 'declined' ? status : 'pending';

export function receiptOf(row: StoredRequest): PaymentReceipt {
  return {
    confirmationNumber: row.confirmationNumber,
    caseNumber: row.supportCase.caseNumber,
    amountCents: row.amountCents,
    cardLast4: row.instrumentLast4,
    status: asStatus(row.status),
    submittedAt: row.createdAt.toISOString(),
  };
}

const POLL_MS = 50;

/**
 * Waits, at most the processor time limit, for a pending attempt to settle. An attempt older than
 * that limit (by the app's clock) timed out already: it is answered at once as still unknown.
 */
export async function waitWhilePending(
  deps: { db: PrismaClient; clock: Clock; timeoutMs: number },
  row: StoredRequest,
): Promise<StoredRequest> {
  if (deps.clock.now().getTime() - row.createdAt.getTime() > deps.timeoutMs) return row;
  let current = row;
  for (
    let waited = 0;
    current.status === 'pending' && waited <= deps.timeoutMs + POLL_MS;
    waited += POLL_MS
  ) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    current = await deps.db.paymentRequest.findUniqueOrThrow({
      where: { id: row.id },
      select: requestSelect,
    });
  }
  return current;
}

export async function getReceipt(
  { db }: { db: PrismaClient },
  accountId: string,
  confirmationNumber: string,
): Promise<PaymentReceipt> {
  const row = await db.paymentRequest.findFirst({
    where: { accountId, confirmationNumber },
    select: requestSelect,
  });
  if (!row) throw notFound('We could not find that payment on your account.');
  return receiptOf(row);
}
