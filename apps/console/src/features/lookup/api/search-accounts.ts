import { AccountSearchPage, type LookupReason } from '@cos/contracts';
import { queryOptions, skipToken } from '@tanstack/react-query';
import { apiPaths, queryString } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export type AccountSearch = { q: string; reason: LookupReason; reasonText?: string | undefined };

export const PAGE_SIZE = 20;

export function searchAccounts(search: AccountSearch, cursor: string | undefined) {
  const query = queryString({
    q: search.q,
    reason: search.reason,
    reasonText: search.reasonText,
    cursor,
    limit: PAGE_SIZE,
  });
  return apiRequest(`${apiPaths.accounts.search}${query}`, { schema: AccountSearchPage });
}

/**
 * One page of results (nothing is fetched before the first search). Every search is an audit
 * event, so a page once fetched is kept for the visit: coming back from an account shows it again
 * without searching again. A new search from the form drops the old pages first.
 */
export function searchQueryOptions(search: AccountSearch | undefined, cursor: string | undefined) {
  return queryOptions({
    queryKey: [
      'accounts',
      'search',
      search?.q ?? '',
      search?.reason ?? '',
      search?.reasonText ?? '',
      cursor ?? '',
    ],
    queryFn: search ? () => searchAccounts(search, cursor) : skipToken,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
    retry: false,
  });
}
