import { StaffMe } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getStaffMe() {
  return apiRequest(apiPaths.me, { schema: StaffMe });
}

/** The signed-in staff member: the idle figures of the session and its absolute end. */
export function staffMeQueryOptions() {
  return queryOptions({ queryKey: ['me'], queryFn: getStaffMe, staleTime: Infinity });
}
