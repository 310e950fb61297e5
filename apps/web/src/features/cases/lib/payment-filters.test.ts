import { describe, expect, it } from 'vitest';
import { casePath } from '../../../config/paths.ts';
import {
  hasPaymentFilters,
  parsePaymentFilters,
  paymentFiltersQuery,
  periodIsReversed,
} from './payment-filters.ts';

describe('payment filters in the URL', () => {
  it('reads a date range and a source', () => {
    const filters = parsePaymentFilters(
      new URLSearchParams('from=2026-01-01&to=2026-06-30&source=wage_withholding'),
    );
    expect(filters).toEqual({ from: '2026-01-01', to: '2026-06-30', source: 'wage_withholding' });
    expect(hasPaymentFilters(filters)).toBe(true);
  });

  it('drops what is not a real date or a known source instead of sending it on', () => {
    expect(parsePaymentFilters(new URLSearchParams('from=2026-02-30&to=yesterday&source=cash'))).toEqual({});
    expect(hasPaymentFilters({})).toBe(false);
  });

  it('writes back the same query a reload reads', () => {
    const filters = { from: '2026-01-01', source: 'mail' as const };
    const url = new URL(casePath('casePayments', '1000000002', paymentFiltersQuery(filters)), 'http://x');
    expect(url.search).toBe('?from=2026-01-01&source=mail');
    expect(parsePaymentFilters(url.searchParams)).toEqual(filters);
  });

  it('notices a period that ends before it starts', () => {
    expect(periodIsReversed({ from: '2026-06-01', to: '2026-01-01' })).toBe(true);
    expect(periodIsReversed({ from: '2026-01-01', to: '2026-01-01' })).toBe(false);
    expect(periodIsReversed({ from: '2026-01-01' })).toBe(false);
  });
});
