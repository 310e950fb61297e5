import { describe, expect, it } from 'vitest';
import { StaffSignInValues } from './staff-sign-in-form.ts';

const complete = {
  username: 'agent.demo',
  password: 'console demo password 2026',
  totp: '123456',
  acknowledgedWarning: true,
};
const problems = (values: typeof complete) =>
  StaffSignInValues.safeParse(values).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('the staff sign-in form', () => {
  it('sends a complete form, including a code typed with a space', () => {
    expect(StaffSignInValues.parse({ ...complete, totp: '123 456' })).toEqual(complete);
  });

  it('lists every missing answer', () => {
    expect(problems({ username: ' ', password: '', totp: '1', acknowledgedWarning: false })).toEqual([
      'username',
      'password',
      'totp',
      'acknowledgedWarning',
    ]);
  });

  it('lets the code be empty and leaves it out (an account without an authenticator app sets one up next)', () => {
    expect(StaffSignInValues.parse({ ...complete, totp: ' ' })).not.toHaveProperty('totp');
  });

  it('explains a code that is not 6 digits', () => {
    expect(problems({ ...complete, totp: '12345' })).toEqual(['totp']);
    expect(problems({ ...complete, totp: '12345a' })).toEqual(['totp']);
  });

  it('requires the legal warning to be acknowledged', () => {
    expect(problems({ ...complete, acknowledgedWarning: false })).toEqual(['acknowledgedWarning']);
  });
});
