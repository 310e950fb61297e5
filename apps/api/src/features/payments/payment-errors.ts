// The answers of Make Payment that are not plain validation. A timeout says the outcome is unknown
// and not to pay again: the same attempt (same Idempotency-Key) can be retried safely, a new one
// might charge twice.
import { DomainError } from '../../lib/errors.ts';

export const paymentDeclined = () =>
  new DomainError(
    'PAYMENT_DECLINED',
    402,
    'Your card was declined. No payment was made. Check the card details or use another card.',
  );

export const paymentTimeout = () =>
  new DomainError(
    'PAYMENT_TIMEOUT',
    504,
    'We did not hear back from the card processor, so we do not know yet whether this payment went through. Do not pay again: check your payments later or call us.',
  );

export const keyReused = () =>
  new DomainError(
    'CONFLICT',
    409,
    'This payment attempt was already used for a different payment. Review your payment again before confirming.',
  );

export const notPayer = () =>
  new DomainError(
    'FORBIDDEN',
    403,
    'Online payments are made by the paying parent on a case. You receive support on this case.',
  );

/** The processor could not be asked about the card before anything was recorded or charged. */
export const processorUnavailable = () =>
  new DomainError(
    'SERVICE_UNAVAILABLE',
    503,
    'The card processor did not answer. Nothing was charged. Please try again in a few minutes.',
  );
