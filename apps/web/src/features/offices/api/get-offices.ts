import { OfficeList } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getOffices(q: string) {
  const query = q ? `?${new URLSearchParams({ q }).toString()}` : '';
  return apiRequest(`${apiPaths.offices}${query}`, { schema: OfficeList, auth: false });
}

/** Offices matching a county, city, ZIP or name; every office for an empty query. */
export function officesQueryOptions(q: string) {
  return queryOptions({ queryKey: ['offices', q], queryFn: () => getOffices(q), staleTime: 5 * 60_000 });
}
