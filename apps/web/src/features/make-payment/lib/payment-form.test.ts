import type { CaseSummary } from '@cos/contracts';
import { describe, expect, it } from 'vitest';
import { parseDollars, suggestedCents, validatePayment } from './payment-form.ts';

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

const draft = {
  caseNumber: '1000000002',
  amountCents: '125.00',
  cardNumber: '4242 4242 4242 4242',
  expiry: '08/29',
  cvv: '123',
  zip: '30303',
};

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

describe('validatePayment', () => {
  it('passes a good payment with the amount in cents', () => {
    expect(validatePayment(draft).request).toMatchObject({ amountCents: 12_500, caseNumber: '1000000002' });
  });

  it('says which fields are missing, too small or not valid, in form order', () => {
    const empty = validatePayment({
      caseNumber: '1000000002',
      amountCents: '',
      cardNumber: '',
      expiry: '',
      cvv: '',
      zip: '',
    });
    expect(empty.errors.map((e) => e.messageKey)).toEqual([
      'makePayment:errors.amountCents.required',
      'makePayment:errors.cardNumber.required',
      'makePayment:errors.expiry.required',
      'makePayment:errors.cvv.required',
      'makePayment:errors.zip.required',
    ]);
    const wrong = validatePayment({
      ...draft,
      amountCents: '0.99',
      cardNumber: '4242424242424241',
      expiry: '13/29',
    });
    expect(wrong.errors.map((e) => e.messageKey)).toEqual([
      'makePayment:errors.amountCents.tooSmall',
      'makePayment:errors.cardNumber.invalid',
      'makePayment:errors.expiry.invalid',
    ]);
    expect(validatePayment({ ...draft, amountCents: '10,000.01' }).errors[0]?.messageKey).toBe(
      'makePayment:errors.amountCents.tooLarge',
    );
  });
});
