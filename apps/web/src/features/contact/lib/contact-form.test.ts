import { describe, expect, it } from 'vitest';
import { readContactForm, validateContactForm } from './contact-form.ts';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

const filled = { name: 'Morgan Lee', topic: 'payments', message: 'When is my next payment?' };

describe('the contact form', () => {
  it('lists the problems in the form’s order, each on its box', () => {
    const { errors } = validateContactForm(
      readContactForm(form({ message: 'x'.repeat(2001), caseNumber: '123' }), false),
    );
    expect(errors.map((error) => error.fieldId)).toEqual([
      'contact-name',
      'contact-email',
      'contact-case-number',
      'contact-topic',
      'contact-message',
    ]);
  });

  it('needs an email or a phone from a visitor, but not from a parent whose account has an email', () => {
    expect(validateContactForm(readContactForm(form(filled), false)).errors).toEqual([
      { fieldId: 'contact-email', messageKey: 'contact:errors.email' },
    ]);
    const signedIn = validateContactForm(readContactForm(form(filled), true));
    expect(signedIn.errors).toEqual([]);
    expect(signedIn.request?.useAccountEmail).toBe(true);
    // A typed address wins over the account's.
    expect(
      validateContactForm(readContactForm(form({ ...filled, email: 'other@example.com' }), true)).request,
    ).toMatchObject({ email: 'other@example.com' });
    expect(
      validateContactForm(readContactForm(form({ ...filled, email: 'other@example.com' }), true)).request,
    ).not.toHaveProperty('useAccountEmail');
  });
});
