import { ApplicationReceipt, type ApplicationRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Sends the application; a signed-in parent's token goes with it, so it is linked to the account. */
export function submitApplication(request: ApplicationRequest, signedIn: boolean) {
  return apiRequest(apiPaths.applications.list, {
    method: 'POST',
    body: request,
    schema: ApplicationReceipt,
    auth: signedIn,
  });
}
