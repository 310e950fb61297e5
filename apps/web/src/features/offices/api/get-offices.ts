import { OFFICE_FINDER_MAX_AGE_SECONDS, OfficeList } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getOffices(q: string) {
  const query = q ? `?${new URLSearchParams({ q }).toString()}` : '';
  return apiRequest(`${apiPaths.offices}${query}`, { schema: OfficeList, auth: false });
}

/**
 * Open offices matching a county, city, ZIP or name; every open office for an empty query. Kept as
 * long as the API lets the browser keep it, so an office an administrator closed leaves the page's
 * searches within a minute.
 */
export function officesQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['offices', q],
    queryFn: () => getOffices(q),
    staleTime: OFFICE_FINDER_MAX_AGE_SECONDS * 1000,
  });
}
