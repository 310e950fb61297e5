import { SECURITY_POLICY_DEFAULTS } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiPaths } from '../../config/paths.ts';
import { apiRequest } from '../api-client.ts';

const PasswordPolicy = z.object({ minLength: z.int(), maxLength: z.int(), agencyWords: z.array(z.string()) });
export type PasswordPolicy = z.infer<typeof PasswordPolicy>;

/** The defaults of the shared policy module, until (or unless) the server's own figures arrive. */
export const defaultPasswordPolicy: PasswordPolicy = {
  ...SECURITY_POLICY_DEFAULTS.password,
  agencyWords: [...SECURITY_POLICY_DEFAULTS.agencyWords],
};

export function getPasswordPolicy() {
  return apiRequest(apiPaths.auth.passwordPolicy, { schema: PasswordPolicy, auth: false });
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
