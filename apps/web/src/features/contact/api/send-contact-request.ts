import { ContactRequestReceipt, type ContactRequestInput } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Sends the request; a signed-in parent's token goes with it, so it is linked to the account. */
export function sendContactRequest(request: ContactRequestInput, signedIn: boolean) {
  return apiRequest(apiPaths.contactRequests, {
    method: 'POST',
    body: request,
    schema: ContactRequestReceipt,
    auth: signedIn,
  });
}
