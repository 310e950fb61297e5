import { describe, expect, it } from 'vitest';
import { formatAgencyDateTime, formatAgencyDateTimeShort } from './agency-time.ts';

describe('agency time', () => {
  it('shows a UTC instant in Georgia time, with the zone, in summer and winter', () => {
    expect(formatAgencyDateTime('2026-05-05T19:04:00Z', 'en')).toBe('Tuesday, May 5, 2026 at 3:04 PM EDT');
    expect(formatAgencyDateTimeShort('2026-01-05T19:04:00Z', 'en')).toBe('Jan 5, 2026, 2:04 PM EST');
  });
});
