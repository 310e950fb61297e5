import { IdentifyResponse } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Sign-in step 1. The answer is always "go on to the password", whether or not the ID exists. */
export function identify(userId: string) {
  return apiRequest(apiPaths.auth.identify, {
    method: 'POST',
    body: { userId },
    schema: IdentifyResponse,
    auth: false,
  });
}
