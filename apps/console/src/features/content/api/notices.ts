import {
  AdminNotice,
  AdminNoticeList,
  type CreateNoticeRequest,
  type UpdateNoticeRequest,
} from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const noticesKey = ['admin', 'notices'] as const;

export function adminNoticesQueryOptions() {
  return queryOptions({
    queryKey: noticesKey,
    queryFn: () => apiRequest(apiPaths.admin.notices, { schema: AdminNoticeList }),
    retry: false,
  });
}

export function createNotice(body: CreateNoticeRequest) {
  return apiRequest(apiPaths.admin.notices, { method: 'POST', body, schema: AdminNotice });
}

export function updateNotice(id: string, body: UpdateNoticeRequest) {
  return apiRequest(apiPaths.admin.notice(id), { method: 'PATCH', body, schema: AdminNotice });
}

/** Takes the notice off every page for good (it stays listed as retired). */
export function retireNotice(id: string) {
  return apiRequest(apiPaths.admin.notice(id), { method: 'DELETE', schema: AdminNotice });
}
