import { CONTENT_CACHE_POLICY, NoticeList } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getNotices() {
  return apiRequest(apiPaths.notices, { schema: NoticeList });
}

/**
 * The notices for this visitor (a signed-in parent also gets customer notices). Asked again every
 * few seconds, so an outage banner goes (or comes) within 5 s of a supervisor's switch without a
 * reload; the answer is tiny, cached by the API and revalidated with its ETag.
 */
export function noticesQueryOptions(audience: 'public' | 'customer') {
  return queryOptions({
    queryKey: ['notices', audience],
    queryFn: getNotices,
    refetchInterval: CONTENT_CACHE_POLICY.portalRefetchSeconds * 1000,
    staleTime: 0,
  });
}
