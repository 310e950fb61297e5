import { StaffContactRequest, StaffContactRequestPage } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths, queryString } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export type ContactRequestStatus = 'open' | 'answered';

/** One page of requests of a status, oldest first (each read is audited). */
export function contactRequestsQueryOptions(status: ContactRequestStatus, cursor: string | undefined) {
  return queryOptions({
    queryKey: ['contact-requests', 'list', status, cursor ?? ''],
    queryFn: () =>
      apiRequest(`${apiPaths.contactRequests.list}${queryString({ status, cursor })}`, {
        schema: StaffContactRequestPage,
      }),
    retry: false,
  });
}

export function contactRequestQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['contact-requests', 'view', id],
    queryFn: () => apiRequest(apiPaths.contactRequests.view(id), { schema: StaffContactRequest }),
    retry: false,
  });
}

/** Records the answer; the person gets it by email when they gave an address. */
export function answerContactRequest(id: string, answer: string) {
  return apiRequest(apiPaths.contactRequests.answer(id), {
    method: 'POST',
    body: { answer },
    schema: StaffContactRequest,
  });
}
