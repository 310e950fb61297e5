import { StaffChangeRequestDetail, StaffChangeRequestPage, type ReviewChangeRequest } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths, queryString } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export type ChangeRequestFilter = 'submitted' | 'all';

/** One page of the queue: submitted first, oldest first (each read is audited). */
export function changeRequestsQueryOptions(filter: ChangeRequestFilter, cursor: string | undefined) {
  return queryOptions({
    queryKey: ['change-requests', 'list', filter, cursor ?? ''],
    queryFn: () =>
      apiRequest(
        `${apiPaths.changeRequests.list}${queryString({ status: filter === 'submitted' ? 'submitted' : undefined, cursor })}`,
        { schema: StaffChangeRequestPage },
      ),
    retry: false,
  });
}

export function changeRequestQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['change-requests', 'view', id],
    queryFn: () => apiRequest(apiPaths.changeRequests.view(id), { schema: StaffChangeRequestDetail }),
    retry: false,
  });
}

/** Accepting writes the parent's record; rejecting needs the reason they will read. */
export function reviewChangeRequest(id: string, review: ReviewChangeRequest) {
  return apiRequest(apiPaths.changeRequests.review(id), {
    method: 'POST',
    body: review,
    schema: StaffChangeRequestDetail,
  });
}
