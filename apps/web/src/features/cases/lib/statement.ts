// What a printed statement adds up. Only payments that count toward the balance (received, held,
// disbursed) are totalled, the same rule as the API's running balance; pending and reversed ones
// are listed but not added, and the statement says how many.
import type { PaymentItem } from '@cos/contracts';
import { agencyToday } from '../../../lib/format/agency-time.ts';

export type StatementPeriod = { from: string; to: string };

export function countsTowardBalance(status: PaymentItem['status']): boolean {
  return status === 'received' || status === 'held' || status === 'disbursed';
}

/** Unless chosen: the current month and the eleven before it, up to today (agency time). */
export function defaultStatementPeriod(now: Date = new Date()): StatementPeriod {
  const to = agencyToday(now);
  const [year = 0, month = 1] = to.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 1 - 11, 1));
  return { from: start.toISOString().slice(0, 10), to };
}

export type StatementTotals = {
  paymentCount: number;
  countedCents: number;
  notCountedCount: number;
  /** What was owed after the period's newest payment (the history is newest first). */
  balanceAfterCents: number | undefined;
};

export function statementTotals(items: readonly PaymentItem[]): StatementTotals {
  const counted = items.filter((item) => countsTowardBalance(item.status));
  return {
    paymentCount: items.length,
    countedCents: counted.reduce((sum, item) => sum + item.amountCents, 0),
    notCountedCount: items.length - counted.length,
    balanceAfterCents: items[0]?.balanceAfterCents,
  };
}
