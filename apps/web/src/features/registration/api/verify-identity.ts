import { RegistrationVerifyResponse, type RegistrationVerifyRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Step 1: the identity check against the case records → a short-lived registration token. */
export function verifyIdentity(request: RegistrationVerifyRequest) {
  return apiRequest(apiPaths.registration.verify, {
    method: 'POST',
    body: request,
    schema: RegistrationVerifyResponse,
    auth: false,
  });
}
