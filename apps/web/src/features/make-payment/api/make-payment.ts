import { PaymentReceipt, type MakePaymentRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { createApiClient } from '../../../lib/api-client.ts';
import { session } from '../../../lib/session/session.ts';

/**
 * Sends the reviewed payment with its attempt's Idempotency-Key: however often this is sent (a
 * double-click, a retry after a timeout), the server records and charges it at most once.
 */
export function makePayment(request: MakePaymentRequest, idempotencyKey: string) {
  const withKey: typeof fetch = (input, init) =>
    fetch(input, {
      ...init,
      headers: { ...Object.fromEntries(new Headers(init?.headers)), 'idempotency-key': idempotencyKey },
    });
  return createApiClient(session, withKey)(apiPaths.payments.create, {
    method: 'POST',
    body: request,
    schema: PaymentReceipt,
  });
}
