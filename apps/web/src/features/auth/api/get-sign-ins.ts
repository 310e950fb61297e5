import { SignInHistory } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getSignIns() {
  return apiRequest(apiPaths.auth.signIns, { schema: SignInHistory });
}

/** Recent sign-ins of the account, newest first, for the Security page. Always fresh. */
export function signInsQueryOptions() {
  return queryOptions({ queryKey: ['auth', 'sign-ins'], queryFn: getSignIns, staleTime: 0 });
}
