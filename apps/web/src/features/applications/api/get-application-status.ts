import { ApplicationSummary, type ApplicationStatusRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** The status of one application, found by its confirmation number and the applicant's date of birth. */
export function getApplicationStatus(request: ApplicationStatusRequest) {
  return apiRequest(apiPaths.applications.status, {
    method: 'POST',
    body: request,
    schema: ApplicationSummary,
    auth: false,
  });
}
