import {
  AdminOffice,
  AdminOfficeList,
  type CreateOfficeRequest,
  type UpdateOfficeRequest,
} from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const officesKey = ['admin', 'offices'] as const;

/** Every office, closed ones too, by county then name. */
export function officesQueryOptions() {
  return queryOptions({
    queryKey: officesKey,
    queryFn: () => apiRequest(apiPaths.admin.offices, { schema: AdminOfficeList }),
    retry: false,
  });
}

export function officeQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...officesKey, id],
    queryFn: () => apiRequest(apiPaths.admin.office(id), { schema: AdminOffice }),
    retry: false,
  });
}

export function createOffice(body: CreateOfficeRequest) {
  return apiRequest(apiPaths.admin.offices, { method: 'POST', body, schema: AdminOffice });
}

/** Edits, or closes / reopens with `active` and a reason (the audit trail keeps it). */
export function updateOffice(id: string, body: UpdateOfficeRequest) {
  return apiRequest(apiPaths.admin.office(id), { method: 'PATCH', body, schema: AdminOffice });
}
