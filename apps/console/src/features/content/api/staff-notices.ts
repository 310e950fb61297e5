import { CONTENT_CACHE_POLICY, NoticeList } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** The notices in force for a staff token: the public ones and those written for staff. */
export function staffNoticesQueryOptions() {
  return queryOptions({
    queryKey: ['notices', 'staff'],
    queryFn: () => apiRequest(apiPaths.notices, { schema: NoticeList }),
    refetchInterval: CONTENT_CACHE_POLICY.portalRefetchSeconds * 1000 * 15,
  });
}
