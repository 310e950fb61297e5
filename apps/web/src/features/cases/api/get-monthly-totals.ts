import { MonthlyTotals } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getMonthlyTotals(caseNumber: string) {
  return apiRequest(apiPaths.cases.monthly(caseNumber), { schema: MonthlyTotals });
}

/** Owed and paid per month, the last 24 months, oldest first: the chart and its table. */
export function monthlyTotalsQueryOptions(caseNumber: string) {
  return queryOptions({
    queryKey: ['cases', caseNumber, 'monthly'],
    queryFn: () => getMonthlyTotals(caseNumber),
  });
}
