import { SessionGrant, type RegistrationCompleteRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { session } from '../../../lib/session/session.ts';

/** Step 2: the account is created and signed in (the refresh cookie comes with the 201). */
export async function completeRegistration(request: RegistrationCompleteRequest) {
  const grant = await apiRequest(apiPaths.registration.complete, {
    method: 'POST',
    body: request,
    schema: SessionGrant,
    auth: false,
  });
  session.grant(grant);
  return grant;
}
