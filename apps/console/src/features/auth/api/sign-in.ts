import { StaffSessionGrant, type StaffSignInRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * Password + authenticator code after the warning was acknowledged → a grant (the refresh cookie
 * arrives with it) that the caller makes the session; `mustEnrollTotp` means it may only set up
 * the authenticator app.
 */
export function signIn(request: StaffSignInRequest) {
  return apiRequest(apiPaths.auth.signIn, {
    method: 'POST',
    body: request,
    schema: StaffSessionGrant,
    auth: false,
  });
}
