import { describe, expect, it } from 'vitest';
import { validateStaffUser } from './create-staff-user-form.ts';

describe('validateStaffUser', () => {
  it('lists every problem in form order', () => {
    const { errors } = validateStaffUser({ username: 'A', displayName: '', email: 'nope', role: '' });
    expect(errors.map((error) => error.fieldId)).toEqual([
      'new-staff-username',
      'new-staff-name',
      'new-staff-email',
      'new-staff-role',
    ]);
  });

  it('gives the request as the API takes it (username in lower case, no empty email)', () => {
    expect(
      validateStaffUser({ username: 'Jane.Doe', displayName: ' Jane Doe ', email: '', role: 'agent' })
        .request,
    ).toEqual({
      username: 'jane.doe',
      displayName: 'Jane Doe',
      role: 'agent',
    });
  });
});
