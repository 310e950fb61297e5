// Make Payment (docs/product.md §3.6): a one-time card payment on a case the parent pays on. The card is
// typed into the processor's own hosted form, on the processor's origin; our API only ever sees the
// single-use token that form hands back (docs/security.md, "Card payments and PCI scope"). No card
// number, expiry or security code field exists in any contract: a request carrying one is refused.
import { z } from 'zod';
import { CaseNumber } from './common.ts';

export const MIN_PAYMENT_CENTS = 100;
export const MAX_PAYMENT_CENTS = 1_000_000;

export const PaymentAmountCents = z
  .int('Enter the amount in dollars and cents.')
  .min(MIN_PAYMENT_CENTS, 'The smallest payment is $1.00.')
  .max(MAX_PAYMENT_CENTS, 'The largest online payment is $10,000.00.');

/** The processor's single-use token for the card the parent entered in its hosted form. */
export const PaymentToken = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{8,200}$/, 'Enter the card again: the card details were not received.');

// Strict: a client that still sends card data (cardNumber, cvv, expiry …) gets a 400 naming the
// field as not allowed, rather than having it silently dropped after it crossed our servers.
export const MakePaymentRequest = z.strictObject({
  caseNumber: CaseNumber,
  amountCents: PaymentAmountCents,
  paymentToken: PaymentToken,
});
export type MakePaymentRequest = z.input<typeof MakePaymentRequest>;
export type MakePaymentValues = z.output<typeof MakePaymentRequest>;

export const IdempotencyHeaders = z.object({
  'idempotency-key': z.uuid('Send an Idempotency-Key header holding a UUID, one per payment attempt.'),
});

/**
 * pending: sent, outcome not known yet; approved / declined: the processor's answer; refunded: the
 * processor gave the money back after approving; failed: the processor never received it (found by
 * reconciliation), nothing was charged.
 */
export const PaymentRequestStatus = z.enum(['pending', 'approved', 'declined', 'refunded', 'failed']);
export type PaymentRequestStatus = z.infer<typeof PaymentRequestStatus>;

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

/** Where the browser shows the processor's card form (a page of the processor's own origin). */
export const HostedCardForm = z.object({
  url: z.url().describe('The hosted card form page, framed by the Make Payment page'),
  origin: z.url().describe('The processor origin: the only one whose messages the page accepts'),
});
export type HostedCardForm = z.infer<typeof HostedCardForm>;

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
  hostedForm: HostedCardForm.nullable(),
});
export type PaymentOptions = z.infer<typeof PaymentOptions>;

/** The card details the hosted form reports to the page once it has a token: never the number. */
export const HostedFormTokenMessage = z.object({
  type: z.literal('cos-card-token'),
  token: PaymentToken,
  last4: z.string().regex(/^\d{4}$/),
  expiry: z.string().regex(/^(0[1-9]|1[0-2])\/\d{2}$/),
});
export type HostedFormTokenMessage = z.infer<typeof HostedFormTokenMessage>;

/**
 * The processor's signed notification of an outcome (POST /api/v1/payments/webhook). `reference` is
 * our payment request id, which we gave the processor as the charge's idempotency key.
 */
export const PaymentWebhookEvent = z.object({
  id: z.string().min(1).max(200),
  type: z.enum(['payment.approved', 'payment.declined', 'payment.refunded']),
  data: z.object({
    reference: z.uuid(),
    processorReference: z.string().min(1).max(200),
  }),
});
export type PaymentWebhookEvent = z.infer<typeof PaymentWebhookEvent>;

export const PaymentWebhookHeaders = z.object({
  'processor-signature': z
    .string()
    .describe('t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the webhook secret>'),
});

export const PaymentWebhookAck = z.object({
  received: z.literal(true),
  changed: z.boolean().describe('False when the payment was already in that state'),
});
