import type { PaymentItem } from '@cos/contracts';
import { describe, expect, it } from 'vitest';
import { defaultStatementPeriod, statementTotals } from './statement.ts';

function payment(amountCents: number, status: PaymentItem['status'], balanceAfterCents: number): PaymentItem {
  return {
    id: `${amountCents}-${status}`,
    receivedAt: '2026-05-05T15:00:00.000Z',
    amountCents,
    source: 'online',
    status,
    holdReason: status === 'held' ? 'Address check' : null,
    disbursedAt: null,
    disbursementMethod: null,
    balanceAfterCents,
  };
}

describe('statementTotals', () => {
  it('adds received, held and disbursed payments and leaves pending and reversed ones out', () => {
    const items = [
      payment(10000, 'pending', 50000),
      payment(20000, 'held', 50000),
      payment(5000, 'reversed', 70000),
      payment(30000, 'disbursed', 70000),
      payment(1000, 'received', 100000),
    ];
    expect(statementTotals(items)).toEqual({
      paymentCount: 5,
      countedCents: 51000,
      notCountedCount: 2,
      balanceAfterCents: 50000,
    });
  });

  it('has no closing balance for a period without payments', () => {
    expect(statementTotals([])).toEqual({
      paymentCount: 0,
      countedCents: 0,
      notCountedCount: 0,
      balanceAfterCents: undefined,
    });
  });
});

describe('defaultStatementPeriod', () => {
  it('covers this month and the eleven before it, up to today in Georgia', () => {
    expect(defaultStatementPeriod(new Date('2026-11-20T15:00:00Z'))).toEqual({
      from: '2025-12-01',
      to: '2026-11-20',
    });
    // Just after midnight UTC on March 1st it is still February 28th in Atlanta.
    expect(defaultStatementPeriod(new Date('2026-03-01T03:00:00Z'))).toEqual({
      from: '2025-03-01',
      to: '2026-02-28',
    });
  });
});
