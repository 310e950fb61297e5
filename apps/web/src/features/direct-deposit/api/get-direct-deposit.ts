import { DirectDepositView } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getDirectDeposit() {
  return apiRequest(apiPaths.directDeposit, { schema: DirectDepositView });
}

/** The parent's current Direct Deposit account, masked (last 4 digits). */
export function directDepositQueryOptions() {
  return queryOptions({ queryKey: ['direct-deposit'], queryFn: getDirectDeposit });
}
