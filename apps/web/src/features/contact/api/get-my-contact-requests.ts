import { MyContactRequestList } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getMyContactRequests() {
  return apiRequest(apiPaths.contactRequests, { schema: MyContactRequestList });
}

/** The signed-in parent's requests with the contact center's answers, newest first. */
export function myContactRequestsQueryOptions() {
  return queryOptions({ queryKey: ['contact-requests', 'mine'], queryFn: getMyContactRequests });
}
