import { describe, expect, it } from 'vitest';
import { StaffUserValues } from './create-staff-user-form.ts';

describe('StaffUserValues', () => {
  it('lists every problem in form order, an empty username apart from a malformed one', () => {
    const problems = (username: string) =>
      StaffUserValues.safeParse({ username, displayName: '', email: 'nope', role: '' }).error?.issues.map(
        ({ path, code }) => `${path.join('.')}:${code}`,
      );
    expect(problems('')).toEqual([
      'username:custom',
      'displayName:too_small',
      'email:invalid_format',
      'role:invalid_value',
    ]);
    expect(problems('A')?.[0]).toBe('username:too_small');
  });

  it('gives the request as the API takes it (username in lower case, no empty email)', () => {
    expect(
      StaffUserValues.parse({ username: 'Jane.Doe', displayName: ' Jane Doe ', email: '', role: 'agent' }),
    ).toEqual({ username: 'jane.doe', displayName: 'Jane Doe', email: undefined, role: 'agent' });
  });
});
