import { PasswordPolicyResponse, StaffSessionGrant, type StaffChangePasswordRequest } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * The staff member's own password change. Every other session of theirs ends; this one goes on,
 * and the answer (a new access token for it) says the password no longer has to change.
 */
export function changeStaffPassword(request: StaffChangePasswordRequest) {
  return apiRequest(apiPaths.auth.changePassword, {
    method: 'POST',
    body: request,
    schema: StaffSessionGrant,
  });
}

/** The figures the server enforces (the portal's public answer: staff passwords follow the same rules). */
export function passwordPolicyQueryOptions() {
  return queryOptions({
    queryKey: ['password-policy'],
    queryFn: () => apiRequest(apiPaths.auth.passwordPolicy, { schema: PasswordPolicyResponse, auth: false }),
    staleTime: Infinity,
  });
}
