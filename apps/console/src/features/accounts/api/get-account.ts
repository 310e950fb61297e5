import { AccountView } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getAccount(accountId: string) {
  return apiRequest(apiPaths.accounts.view(accountId), { schema: AccountView });
}

/**
 * The account view. Each read is an audited "viewed the account", so it is read once per visit of
 * the page (and again after an action changes it), and dropped from the cache as soon as the page
 * is left: a customer's details do not linger in memory.
 */
export function accountQueryOptions(accountId: string) {
  return queryOptions({
    queryKey: ['accounts', 'view', accountId],
    queryFn: () => getAccount(accountId),
    gcTime: 0,
    retry: false,
  });
}
