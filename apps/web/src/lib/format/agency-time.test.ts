import { describe, expect, it } from 'vitest';
import {
  agencyToday,
  formatAgencyDate,
  formatAgencyDateTime,
  formatAgencyDateTimeShort,
  formatCalendarDate,
  formatMonth,
} from './agency-time.ts';

describe('agency time', () => {
  it('shows a UTC instant in Georgia time, with the zone, in summer and winter', () => {
    expect(formatAgencyDateTime('2026-05-05T19:04:00Z', 'en')).toBe('Tuesday, May 5, 2026 at 3:04 PM EDT');
    expect(formatAgencyDateTimeShort('2026-01-05T19:04:00Z', 'en')).toBe('Jan 5, 2026, 2:04 PM EST');
  });

  it('dates a payment by the day it was in Georgia, not in UTC', () => {
    // 02:30 UTC on the 6th is still the evening of the 5th in Atlanta.
    expect(formatAgencyDate('2026-11-06T02:30:00Z', 'en')).toBe('Nov 5, 2026');
    expect(formatAgencyDate('2026-11-05T13:10:00Z', 'es')).toMatch(/^5 nov 2026$/);
  });

  it('never shifts a calendar date, whatever the zone', () => {
    expect(formatCalendarDate('2018-08-01', 'en')).toBe('Aug 1, 2018');
  });

  it('names a month short for the chart and long for the table', () => {
    expect(formatMonth('2025-01', 'en')).toBe('Jan 2025');
    expect(formatMonth('2025-01', 'en', 'long')).toBe('January 2025');
    expect(formatMonth('2025-01', 'es', 'long')).toBe('enero de 2025');
  });

  it('knows which day it is in Georgia', () => {
    expect(agencyToday(new Date('2026-03-01T03:00:00Z'))).toBe('2026-02-28');
    expect(agencyToday(new Date('2026-03-01T12:00:00Z'))).toBe('2026-03-01');
  });
});
