import { StaffAccountFactors, type StaffRemoveFactorRequest } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Which passkeys and second factor the parent has (never a secret); gone from the cache on leaving. */
export function accountFactorsQueryOptions(accountId: string) {
  return queryOptions({
    queryKey: ['accounts', 'factors', accountId],
    queryFn: () =>
      apiRequest(apiPaths.accounts.action(accountId, 'factors'), { schema: StaffAccountFactors }),
    gcTime: 0,
    retry: false,
  });
}

/** Removes a factor the verified caller lost; audited, and the parent is emailed. */
export function removeAccountFactor(accountId: string, request: StaffRemoveFactorRequest) {
  return apiRequest(apiPaths.accounts.action(accountId, 'remove-factor'), {
    method: 'POST',
    body: request,
    schema: StaffAccountFactors,
  });
}
