import { PaymentPage, type PaymentItem } from '@cos/contracts';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import type { PaymentFilters } from '../lib/payment-filters.ts';

/** Rows per "Show more": a screenful on a phone, and the demo's two years of payments in two steps. */
export const paymentsPageSize = 20;

// The statement lists a whole period at once; a period of more than this many payments (eight
// years of weekly wage withholding) is cut, and the statement says so.
const statementLimit = 500;

export function getPayments(
  caseNumber: string,
  filters: PaymentFilters,
  cursor: string | undefined,
  limit = paymentsPageSize,
) {
  const query = new URLSearchParams({ limit: String(limit) });
  if (cursor) query.set('cursor', cursor);
  for (const key of ['from', 'to', 'source'] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  return apiRequest(`${apiPaths.cases.payments(caseNumber)}?${query}`, { schema: PaymentPage });
}

/** The payment history, newest first, one page per "Show more" (keyset cursor from the API). */
export function paymentsInfiniteQueryOptions(caseNumber: string, filters: PaymentFilters) {
  return infiniteQueryOptions({
    queryKey: ['cases', caseNumber, 'payments', filters],
    queryFn: ({ pageParam }) => getPayments(caseNumber, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export type StatementPayments = { items: PaymentItem[]; truncated: boolean };

/** Every payment of a period, walked page by page (for the printable statement). */
export async function getStatementPayments(
  caseNumber: string,
  filters: PaymentFilters,
): Promise<StatementPayments> {
  const items: PaymentItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await getPayments(caseNumber, filters, cursor, 100);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < statementLimit);
  return {
    items: items.slice(0, statementLimit),
    truncated: Boolean(cursor) || items.length > statementLimit,
  };
}

export function statementPaymentsQueryOptions(caseNumber: string, filters: PaymentFilters) {
  return queryOptions({
    queryKey: ['cases', caseNumber, 'statement', filters],
    queryFn: () => getStatementPayments(caseNumber, filters),
  });
}
