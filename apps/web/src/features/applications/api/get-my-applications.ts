import { ApplicationList } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getMyApplications() {
  return apiRequest(apiPaths.applications.list, { schema: ApplicationList });
}

/** The signed-in parent's applications, newest first. */
export function myApplicationsQueryOptions() {
  return queryOptions({ queryKey: ['applications', 'mine'], queryFn: getMyApplications });
}
