import { describe, expect, it } from 'vitest';
import { contactDefaults, contactSchema } from './contact-form.ts';

const filled = {
  ...contactDefaults,
  name: 'Morgan Lee',
  topic: 'payments',
  message: 'When is my next payment?',
};
const problems = (values: typeof contactDefaults, useAccountEmail = false) =>
  contactSchema(useAccountEmail)
    .safeParse(values)
    .error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('the contact form', () => {
  it('names every box to fix', () => {
    expect(problems({ ...contactDefaults, message: 'x'.repeat(2001), caseNumber: '123' }).toSorted()).toEqual(
      ['caseNumber', 'email', 'message', 'name', 'topic'],
    );
  });

  it('needs an email or a phone from a visitor, but not from a parent whose account has an email', () => {
    expect(problems(filled)).toEqual(['email']);
    const signedIn = contactSchema(true).parse(filled);
    expect(signedIn.useAccountEmail).toBe(true);
    // A typed address wins over the account's.
    const typed = contactSchema(true).parse({ ...filled, email: ' other@example.com ' });
    expect(typed).toMatchObject({ email: 'other@example.com' });
    expect(typed).not.toHaveProperty('useAccountEmail');
  });
});
