import { PaymentOptions } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getPaymentOptions() {
  return apiRequest(apiPaths.payments.options, { schema: PaymentOptions });
}

/** The payment limits and whether the test processor answers (the page then says no money moves). */
export function paymentOptionsQueryOptions() {
  return queryOptions({ queryKey: ['payments', 'options'], queryFn: getPaymentOptions, staleTime: Infinity });
}
