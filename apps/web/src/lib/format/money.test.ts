import { describe, expect, it } from 'vitest';
import { centsToDollars, formatCents } from './money.ts';

describe('formatCents', () => {
  it('shows cents as US dollars with thousands separators and two decimals', () => {
    expect(formatCents(0)).toBe('$0.00');
    expect(formatCents(5)).toBe('$0.05');
    expect(formatCents(18500)).toBe('$185.00');
    expect(formatCents(310900)).toBe('$3,109.00');
    expect(formatCents(123456789)).toBe('$1,234,567.89');
  });

  it('shows a credit with a minus sign', () => {
    expect(formatCents(-2500)).toBe('-$25.00');
  });
});

describe('centsToDollars', () => {
  it('keeps the cents as a fraction', () => {
    expect(centsToDollars(24750)).toBe(247.5);
  });
});
