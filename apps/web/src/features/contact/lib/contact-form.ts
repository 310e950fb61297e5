// The contact form's boxes as the wire's ContactRequestInput, checked with the contract's schema;
// the words are this app's (contact:errors.<field>), so they can be translated.
import { ContactRequestInput } from '@cos/contracts';
import { z } from 'zod';

export const contactFieldIds = {
  name: 'contact-name',
  email: 'contact-email',
  phone: 'contact-phone',
  caseNumber: 'contact-case-number',
  topic: 'contact-topic',
  message: 'contact-message',
} as const;

export const contactDefaults = { name: '', email: '', phone: '', caseNumber: '', topic: '', message: '' };

export const contactMessages = {
  name: 'contact:errors.name',
  email: 'contact:errors.email',
  phone: 'contact:errors.phone',
  caseNumber: 'contact:errors.caseNumber',
  topic: 'contact:errors.topic',
  message: 'contact:errors.message',
};

/**
 * What the boxes hold, as ContactRequestInput: empty optional boxes are left out, and a signed-in
 * parent who types no address (`useAccountEmail`) is answered at the account's.
 */
export const contactSchema = (useAccountEmail: boolean) =>
  z
    .object({
      name: z.string(),
      email: z.string(),
      phone: z.string(),
      caseNumber: z.string(),
      topic: z.string(),
      message: z.string(),
    })
    .transform(({ email, phone, caseNumber, topic, ...rest }): z.input<typeof ContactRequestInput> => {
      const optional = (name: string, value: string) => (value.trim() ? { [name]: value.trim() } : {});
      return {
        ...rest,
        // Any string here: the contract's enum checks it in the pipe below.
        topic: topic as z.input<typeof ContactRequestInput>['topic'],
        ...optional('email', email),
        ...optional('phone', phone),
        ...optional('caseNumber', caseNumber),
        ...(useAccountEmail && !email.trim() ? { useAccountEmail: true } : {}),
      };
    })
    .pipe(ContactRequestInput);
