// US postal fields shared by the public forms (Apply Now, Contact) and any later change request:
// a state is its USPS code, a ZIP is 5 digits or ZIP+4, a phone is a 10-digit US number that a
// person may type with the usual punctuation (servers keep only the digits: phoneDigits()).
import { z } from 'zod';

export const usStateCodes = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'PR',
  'GU',
  'VI',
  'AS',
  'MP',
] as const;

export const UsState = z.enum(usStateCodes, { error: 'Choose a state.' });
export type UsState = z.infer<typeof UsState>;

export const ZipCode = z
  .string()
  .trim()
  .regex(/^\d{5}(-\d{4})?$/, 'Enter a 5-digit ZIP code, like 30303.');

/** (404) 555-0100, 404-555-0100, 404.555.0100, 4045550100 or +1 404 555 0100. */
export const PhoneNumber = z
  .string()
  .trim()
  .regex(
    /^(\+?1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]?\d{3}[\s.-]?\d{4}$/,
    'Enter a 10-digit phone number, like 404-555-0100.',
  );

/** The 10 digits of a valid PhoneNumber (a leading country code 1 dropped). */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 11 ? digits.slice(1) : digits;
}

export const EmailAddress = z
  .email('Enter an email address like name@example.com.')
  .max(254, 'Use at most 254 characters.');

const line = (max: number, message: string) =>
  z.string().trim().min(1, message).max(max, `Use at most ${max} characters.`);

export const MailingAddress = z.object({
  line1: line(100, 'Enter the street address.'),
  line2: z.string().trim().max(100, 'Use at most 100 characters.').optional(),
  city: line(60, 'Enter the city.'),
  state: UsState,
  zip: ZipCode,
});
export type MailingAddress = z.infer<typeof MailingAddress>;
