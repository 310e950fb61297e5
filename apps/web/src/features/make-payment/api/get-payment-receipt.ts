import { PaymentReceipt } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getPaymentReceipt(confirmationNumber: string) {
  return apiRequest(apiPaths.payments.receipt(confirmationNumber), { schema: PaymentReceipt });
}

export function paymentReceiptQueryOptions(confirmationNumber: string) {
  return queryOptions({
    queryKey: ['payments', 'receipt', confirmationNumber],
    queryFn: () => getPaymentReceipt(confirmationNumber),
  });
}
