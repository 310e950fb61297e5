// Make Payment (SPEC.md §3.6): a one-time card payment on a case the parent pays on. Card details go
// to the processor and are never stored or answered back: only the last 4 digits are kept.
import { z } from 'zod';
import { CaseNumber } from './common.ts';
import { ZipCode } from './postal.ts';

export const MIN_PAYMENT_CENTS = 100;
export const MAX_PAYMENT_CENTS = 1_000_000;

/** The Luhn checksum every card number carries (catches a mistyped digit). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

export const CardNumber = z
  .string()
  .trim()
  .regex(/^[\d -]+$/, 'Enter the card number using digits only.')
  .transform((value) => value.replace(/[ -]/g, ''))
  .refine(
    (digits) => digits.length >= 13 && digits.length <= 19,
    'Enter the 13 to 19 digits of the card number.',
  )
  .refine(passesLuhn, 'Check the card number: it is not a valid card number.');

/** MM/YY as printed on the card; whether it has passed is checked by the server against its clock. */
export const CardExpiry = z
  .string()
  .trim()
  .regex(/^(0[1-9]|1[0-2])\/\d{2}$/, 'Enter the expiry date as MM/YY, like 08/29.');

export const MakePaymentRequest = z.object({
  caseNumber: CaseNumber,
  amountCents: z
    .int('Enter the amount in dollars and cents.')
    .min(MIN_PAYMENT_CENTS, 'The smallest payment is $1.00.')
    .max(MAX_PAYMENT_CENTS, 'The largest online payment is $10,000.00.'),
  cardNumber: CardNumber,
  expiry: CardExpiry,
  cvv: z
    .string()
    .trim()
    .regex(/^\d{3,4}$/, 'Enter the 3- or 4-digit security code.'),
  zip: ZipCode,
});
export type MakePaymentRequest = z.input<typeof MakePaymentRequest>;
/** As the server reads it: the card number as bare digits. */
export type MakePaymentValues = z.output<typeof MakePaymentRequest>;

export const IdempotencyHeaders = z.object({
  'idempotency-key': z.uuid('Send an Idempotency-Key header holding a UUID, one per payment attempt.'),
});

export const PaymentRequestStatus = z.enum(['pending', 'approved', 'declined']);

export const PaymentReceipt = z.object({
  confirmationNumber: z.string(),
  caseNumber: z.string(),
  amountCents: z.int(),
  cardLast4: z.string().length(4),
  status: PaymentRequestStatus,
  submittedAt: z.iso.datetime(),
});
export type PaymentReceipt = z.infer<typeof PaymentReceipt>;

export const ConfirmationParams = z.object({
  confirmationNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^PAY-[0-9A-Z]{10}$/, 'Not a payment confirmation number.'),
});

/** What the Make Payment page needs before the form: limits, and whether a test processor answers. */
export const PaymentOptions = z.object({
  minCents: z.int(),
  maxCents: z.int(),
  testProcessor: z
    .boolean()
    .describe('True when payments go to the development test double (no real money moves)'),
  available: z
    .boolean()
    .describe('False when no card processor may take payments (production without one): POST answers 503'),
});
export type PaymentOptions = z.infer<typeof PaymentOptions>;
