// The Make Payment details form: element ids, the amount as a person types it ("$1,234.50") in
// cents, the amount to start from, and the form's schema — built from the contract's own field
// schemas, so the page accepts exactly what the server does. The card is not here: it is typed
// into the processor's hosted form (components/hosted-card-frame.tsx).
import { MakePaymentRequest, MAX_PAYMENT_CENTS, MIN_PAYMENT_CENTS, type CaseSummary } from '@cos/contracts';
import type { FieldMessage } from '@cos/ui';
import { z } from 'zod';

export const paymentFieldIds = {
  caseNumber: 'payment-case',
  amount: 'payment-amount',
  card: 'card-frame',
} as const;

/** "$1,234.50", "1234.5" or "20" → cents; anything else → undefined. */
export function parseDollars(text: string): number | undefined {
  const match = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const whole = Number((match[1] ?? '').replaceAll(',', ''));
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  return whole * 100 + cents;
}

export const centsToInput = (cents: number) => (cents / 100).toFixed(2);

/** This month's support, or what is owed if less (never below the minimum or above the maximum). */
export function suggestedCents(summary: CaseSummary | undefined): number {
  if (!summary) return MIN_PAYMENT_CENTS;
  const owed =
    summary.totalOwedCents > 0
      ? summary.totalOwedCents
      : (summary.monthlyObligationCents ?? MIN_PAYMENT_CENTS);
  const suggested = Math.min(summary.monthlyObligationCents ?? owed, owed);
  return Math.min(MAX_PAYMENT_CENTS, Math.max(MIN_PAYMENT_CENTS, suggested));
}

/** The details step: the contract's case number and amount rules, the amount read as typed. */
export const PaymentDetailsForm = z.object({
  caseNumber: MakePaymentRequest.shape.caseNumber,
  amount: z
    .string()
    .transform((text) => parseDollars(text) ?? Number.NaN)
    .pipe(MakePaymentRequest.shape.amountCents),
});
export type PaymentDetailsInput = z.input<typeof PaymentDetailsForm>;
export type PaymentDetails = z.output<typeof PaymentDetailsForm> & { amountText: string };

/**
 * The translation key for each field's problem (useApiForm's `messages`): `required` when left
 * blank, else by the rule that failed.
 */
export const paymentMessages = {
  caseNumber: {
    required: 'makePayment:errors.caseNumber.required',
    default: 'makePayment:errors.caseNumber.invalid',
  },
  amount: {
    required: 'makePayment:errors.amountCents.required',
    too_small: 'makePayment:errors.amountCents.tooSmall',
    too_big: 'makePayment:errors.amountCents.tooLarge',
    default: 'makePayment:errors.amountCents.invalid',
  },
} as const satisfies Record<keyof PaymentDetailsInput, FieldMessage>;

/** The card the processor's form tokenised, as it reported it to the page (never the number). */
export interface TokenisedCard {
  token: string;
  last4: string;
  expiry: string;
}
