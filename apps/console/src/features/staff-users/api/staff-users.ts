import {
  StaffUserCredentials,
  StaffUserResetResult,
  StaffUserList,
  StaffUserResult,
  type CreateStaffUserRequest,
} from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function listStaffUsers() {
  return apiRequest(apiPaths.staffUsers.list, { schema: StaffUserList });
}

export function staffUsersQueryOptions() {
  return queryOptions({ queryKey: ['staff-users'], queryFn: listStaffUsers, retry: false });
}

/** The answer holds the temporary password: show it once, keep it nowhere. */
export function createStaffUser(request: CreateStaffUserRequest) {
  return apiRequest(apiPaths.staffUsers.list, {
    method: 'POST',
    body: request,
    schema: StaffUserCredentials,
  });
}

export function disableStaffUser(id: string, reason: string) {
  return apiRequest(apiPaths.staffUsers.disable(id), {
    method: 'POST',
    body: reason ? { reason } : {},
    schema: StaffUserResult,
  });
}

/** A new temporary password (emailed to them) and the authenticator to set up again; their sessions end. */
export function resetStaffUser(id: string, reason: string) {
  return apiRequest(apiPaths.staffUsers.reset(id), {
    method: 'POST',
    body: reason ? { reason } : {},
    schema: StaffUserResetResult,
  });
}
