// The contact form's values as the wire's ContactRequestInput, checked with the contract's schema;
// the words are this app's (contact:errors.<field>), so they can be translated.
import { ContactRequestInput } from '@cos/contracts';
import type { FieldError } from '@cos/ui';

export const contactFieldIds = {
  name: 'contact-name',
  email: 'contact-email',
  phone: 'contact-phone',
  caseNumber: 'contact-case-number',
  topic: 'contact-topic',
  message: 'contact-message',
} as const;

type Field = keyof typeof contactFieldIds;
const isField = (value: unknown): value is Field =>
  typeof value === 'string' && Object.hasOwn(contactFieldIds, value);

export function contactFieldId(field: string): string | undefined {
  return isField(field) ? contactFieldIds[field] : undefined;
}

/** What the boxes hold; empty optional boxes are left out (topic stays '' until one is chosen). */
export type ContactFormValues = {
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
  caseNumber?: string | undefined;
  topic: string;
  message: string;
  useAccountEmail?: true;
};

export function readContactForm(form: FormData, useAccountEmail: boolean): ContactFormValues {
  const text = (name: Field) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const optional = (name: Field) => text(name) || undefined;
  return {
    name: text('name'),
    email: optional('email'),
    phone: optional('phone'),
    caseNumber: optional('caseNumber'),
    topic: text('topic'),
    message: text('message'),
    // Signed in and no address typed: answer to the one on the account.
    ...(useAccountEmail && !text('email') ? { useAccountEmail: true } : {}),
  };
}

export function validateContactForm(values: ContactFormValues): {
  errors: FieldError[];
  request?: ContactRequestInput;
} {
  const parsed = ContactRequestInput.safeParse(values);
  if (parsed.success) return { errors: [], request: parsed.data };
  const seen = new Set<Field>();
  for (const issue of parsed.error.issues) if (isField(issue.path[0])) seen.add(issue.path[0]);
  // In the form's order, so the summary reads top to bottom.
  const errors = Object.keys(contactFieldIds)
    .filter(isField)
    .filter((field) => seen.has(field))
    .map((field) => ({ fieldId: contactFieldIds[field], messageKey: `contact:errors.${field}` }));
  return { errors };
}
