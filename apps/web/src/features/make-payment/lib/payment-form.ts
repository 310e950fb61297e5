// The Make Payment form: element ids, the amount as a person types it ("$1,234.50") in cents, the
// amount to start from, and the check before the review step. The rules are the contracts' schema
// (what the server accepts); the words are this app's.
import { MakePaymentRequest, MAX_PAYMENT_CENTS, MIN_PAYMENT_CENTS, type CaseSummary } from '@cos/contracts';
import type { FieldError } from '@cos/ui';

export const paymentFieldIds = {
  caseNumber: 'payment-case',
  amountCents: 'payment-amount',
  cardNumber: 'card-number',
  expiry: 'card-expiry',
  cvv: 'card-cvv',
  zip: 'card-zip',
} as const;

type FieldName = keyof typeof paymentFieldIds;
const isField = (value: string): value is FieldName => value in paymentFieldIds;

export type PaymentDraft = Record<FieldName, string>;

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

/** Where a server field error lands on this form. */
export const paymentFieldId = (field: string): string | undefined =>
  isField(field) ? paymentFieldIds[field] : undefined;

export function validatePayment(draft: PaymentDraft): { errors: FieldError[]; request?: MakePaymentRequest } {
  const amountCents = parseDollars(draft.amountCents);
  const parsed = MakePaymentRequest.safeParse({ ...draft, amountCents: amountCents ?? Number.NaN });
  if (parsed.success) return { errors: [], request: { ...draft, amountCents: parsed.data.amountCents } };
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!isField(field) || errors.some((error) => error.fieldId === paymentFieldIds[field])) continue;
    errors.push({
      fieldId: paymentFieldIds[field],
      messageKey: `makePayment:errors.${field}.${problemOf(field, draft, amountCents)}`,
    });
  }
  return { errors };
}

function problemOf(field: FieldName, draft: PaymentDraft, amountCents: number | undefined): string {
  if (draft[field].trim() === '') return 'required';
  if (field === 'amountCents' && amountCents !== undefined)
    return amountCents < MIN_PAYMENT_CENTS ? 'tooSmall' : 'tooLarge';
  return 'invalid';
}
