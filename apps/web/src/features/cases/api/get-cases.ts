import { CaseList } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getCases() {
  return apiRequest(apiPaths.cases.list, { schema: CaseList });
}

/** The cases the signed-in parent takes part in, with their role on each (My Case, Payments). */
export function casesQueryOptions() {
  return queryOptions({ queryKey: ['cases', 'list'], queryFn: getCases });
}
