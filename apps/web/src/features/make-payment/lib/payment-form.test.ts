import type { CaseSummary } from '@cos/contracts';
import { describe, expect, it } from 'vitest';
import { parseDollars, paymentMessages, PaymentDetailsForm, suggestedCents } from './payment-form.ts';

const summary = (monthly: number | null, owed: number): CaseSummary => ({
  caseNumber: '1000000002',
  status: 'open',
  role: 'non_custodial',
  county: 'Cobb',
  otherPartyName: null,
  monthlyObligationCents: monthly,
  totalOwedCents: owed,
  lastPayment: null,
});

describe('parseDollars', () => {
  it('reads amounts as people type them', () => {
    expect(parseDollars('$1,234.50')).toBe(123_450);
    expect(parseDollars('20')).toBe(2_000);
    expect(parseDollars(' 7.5 ')).toBe(750);
    for (const bad of ['', '1.234', '12,34', 'ten', '-5', '1,2345'])
      expect(parseDollars(bad), bad).toBeUndefined();
  });
});

describe('suggestedCents', () => {
  it('starts from the monthly support, or what is owed when that is less, within the limits', () => {
    expect(suggestedCents(summary(45_000, 1_250_000))).toBe(45_000);
    expect(suggestedCents(summary(45_000, 12_000))).toBe(12_000);
    expect(suggestedCents(summary(null, 0))).toBe(100);
    expect(suggestedCents(summary(null, 5_000_000))).toBe(1_000_000);
  });
});

describe('the details schema (the contract’s rules)', () => {
  const issueOf = (amount: string) => {
    const parsed = PaymentDetailsForm.safeParse({ caseNumber: '1000000002', amount });
    const issue = parsed.error?.issues[0];
    if (!issue) return undefined;
    const words: Partial<Record<string, string>> = paymentMessages.amount;
    return amount.trim() === '' ? words['required'] : (words[issue.code] ?? words['default']);
  };

  it('passes a good amount as cents and names each problem', () => {
    expect(PaymentDetailsForm.parse({ caseNumber: '1000000002', amount: '$125.00' })).toEqual({
      caseNumber: '1000000002',
      amount: 12_500,
    });
    expect(issueOf('')).toBe('makePayment:errors.amountCents.required');
    expect(issueOf('ten')).toBe('makePayment:errors.amountCents.invalid');
    expect(issueOf('0.99')).toBe('makePayment:errors.amountCents.tooSmall');
    expect(issueOf('10,000.01')).toBe('makePayment:errors.amountCents.tooLarge');
  });
});
