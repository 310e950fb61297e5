import { describe, expect, it } from 'vitest';
import { dateOfBirth, formatSsn } from '../../../lib/identity-fields.ts';
import { IdentityValues } from './identity-form.ts';

const jordan = {
  caseNumber: '1000000003',
  firstName: 'Jordan',
  lastName: 'Avery',
  dobMonth: '4',
  dobDay: '12',
  dobYear: '1988',
  ssn: '123456780',
};

describe('registration identity check', () => {
  it('sends the wire formats: YYYY-MM-DD and 123-45-6789', () => {
    expect(IdentityValues.parse(jordan)).toEqual({
      caseNumber: '1000000003',
      firstName: 'Jordan',
      lastName: 'Avery',
      dateOfBirth: '1988-04-12',
      ssn: '123-45-6780',
    });
    expect(formatSsn('123 45 6780')).toBe('123-45-6780');
    expect(dateOfBirth({ dobYear: '1988', dobMonth: '12', dobDay: '1' })).toBe('1988-12-01');
  });

  it('names each field to fix, and refuses a date that does not exist', () => {
    const result = IdentityValues.safeParse({
      ...jordan,
      caseNumber: '12',
      dobMonth: '2',
      dobDay: '30',
      ssn: '12345',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'caseNumber',
      'ssn',
      'dobMonth',
    ]);
  });
});
