import { describe, expect, it } from 'vitest';
import { agencyToday, formatAgencyDateTime } from './format.ts';

describe('agency time', () => {
  it('shows an instant on the agency clock, marked ET', () => {
    expect(formatAgencyDateTime('2026-11-22T16:46:00Z', 'en')).toBe('Nov 22, 2026, 11:46 AM ET');
  });

  it('takes the day from the agency zone, not UTC', () => {
    expect(agencyToday(new Date('2026-11-23T03:00:00Z'))).toBe('2026-11-22');
  });
});
