import { ChangeRequestItem, type ChangeRequestInput } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Sends one change for a caseworker to review; nothing on file changes until they accept it. */
export function submitChangeRequest(request: ChangeRequestInput) {
  return apiRequest(apiPaths.changeRequests, { method: 'POST', body: request, schema: ChangeRequestItem });
}
