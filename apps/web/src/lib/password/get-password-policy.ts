import { PasswordPolicyResponse, SECURITY_POLICY_DEFAULTS } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../config/paths.ts';
import { apiRequest } from '../api-client.ts';

export type PasswordPolicy = PasswordPolicyResponse;

/** The defaults of the shared policy module, until (or unless) the server's own figures arrive. */
export const defaultPasswordPolicy: PasswordPolicy = {
  ...SECURITY_POLICY_DEFAULTS.password,
  agencyWords: [...SECURITY_POLICY_DEFAULTS.agencyWords],
};

export function getPasswordPolicy() {
  return apiRequest(apiPaths.auth.passwordPolicy, { schema: PasswordPolicyResponse, auth: false });
}

/**
 * The figures the server enforces (an operator may raise the minimum). The rule list shows the
 * defaults at once and switches if the server's differ.
 */
export function passwordPolicyQueryOptions() {
  return queryOptions({
    queryKey: ['password-policy'],
    queryFn: getPasswordPolicy,
    staleTime: Infinity,
    placeholderData: defaultPasswordPolicy,
  });
}
