import { describe, expect, it } from 'vitest';
import { validateStaffSignIn } from './staff-sign-in-form.ts';

const complete = {
  username: 'agent.demo',
  password: 'console demo password 2026',
  totp: '123456',
  acknowledged: true,
};

describe('validateStaffSignIn', () => {
  it('accepts a complete form, including a code typed with a space', () => {
    expect(validateStaffSignIn(complete)).toEqual([]);
    expect(validateStaffSignIn({ ...complete, totp: '123 456' })).toEqual([]);
  });

  it('lists every missing answer, in form order', () => {
    const errors = validateStaffSignIn({ username: ' ', password: '', totp: '1', acknowledged: false });
    expect(errors.map((error) => error.fieldId)).toEqual(['username', 'password', 'totp', 'acknowledge']);
  });

  it('lets the code be empty (an account without an authenticator app yet sets one up next)', () => {
    expect(validateStaffSignIn({ ...complete, totp: '' })).toEqual([]);
  });

  it('explains a code that is not 6 digits', () => {
    expect(validateStaffSignIn({ ...complete, totp: '12345' })).toEqual([
      { fieldId: 'totp', messageKey: 'auth:errors.totpFormat' },
    ]);
    expect(validateStaffSignIn({ ...complete, totp: '12345a' })).toHaveLength(1);
  });

  it('requires the legal warning to be acknowledged', () => {
    expect(validateStaffSignIn({ ...complete, acknowledged: false })).toEqual([
      { fieldId: 'acknowledge', messageKey: 'auth:errors.acknowledgeRequired' },
    ]);
  });
});
