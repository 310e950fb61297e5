import { ChangeRequestList } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getChangeRequests() {
  return apiRequest(apiPaths.changeRequests, { schema: ChangeRequestList });
}

/** The parent's change requests, newest first, with their review status. */
export function changeRequestsQueryOptions() {
  return queryOptions({ queryKey: ['change-requests'], queryFn: getChangeRequests });
}
