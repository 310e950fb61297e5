import { describe, expect, it } from 'vitest';
import { SCRUBBED_CARD, SCRUBBED_SSN, scrubDetails, scrubDigitRuns } from './audit-scrub.ts';

describe('scrubDigitRuns', () => {
  it.each([
    ['ssn 123-45-6789.pdf', `ssn ${SCRUBBED_SSN}.pdf`],
    ['SSN123456789', `SSN${SCRUBBED_SSN}`],
    ['my number is 123 45 6789 ok', `my number is ${SCRUBBED_SSN} ok`],
    ['card 4111 1111 1111 1111 declined', `card ${SCRUBBED_CARD} declined`],
    ['4111-1111-1111-1111', SCRUBBED_CARD],
    ['amex 378282246310005', `amex ${SCRUBBED_CARD}`],
  ])('removes %j', (typed, kept) => {
    expect(scrubDigitRuns(typed)).toBe(kept);
  });

  it.each([
    'wrong_password',
    'case 2000000001', // a 10-digit case number is not an SSN
    'call 404-555-0134',
    'paystub-2026-11.pdf',
    '01900000-0000-7000-8000-000000000000',
    '2026-12-07T17:00:00.000Z',
  ])('keeps %j', (text) => {
    expect(scrubDigitRuns(text)).toBe(text);
  });

  it('scrubs only string details', () => {
    expect(scrubDetails({ fileName: '123-45-6789.png', sizeBytes: 123456789, ok: true })).toEqual({
      fileName: `${SCRUBBED_SSN}.png`,
      sizeBytes: 123456789,
      ok: true,
    });
  });
});
