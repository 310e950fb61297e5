import {
  StaffApplicationDetail,
  StaffApplicationPage,
  type ApplicationStatus,
  type ApplicationStatusChange,
} from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths, queryString } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** One page of applications (received first, oldest first), of one status or all (each read is audited). */
export function applicationsQueryOptions(status: ApplicationStatus | undefined, cursor: string | undefined) {
  return queryOptions({
    queryKey: ['applications', 'list', status ?? 'all', cursor ?? ''],
    queryFn: () =>
      apiRequest(`${apiPaths.applications.list}${queryString({ status, cursor })}`, {
        schema: StaffApplicationPage,
      }),
    retry: false,
  });
}

export function applicationQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['applications', 'view', id],
    queryFn: () => apiRequest(apiPaths.applications.view(id), { schema: StaffApplicationDetail }),
    retry: false,
  });
}

/** Moves the application on (audited; a linked parent is notified). */
export function moveApplication(id: string, change: ApplicationStatusChange) {
  return apiRequest(apiPaths.applications.status(id), {
    method: 'POST',
    body: change,
    schema: StaffApplicationDetail,
  });
}
