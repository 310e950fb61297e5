import { CaseDetail } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getCase(caseNumber: string) {
  return apiRequest(apiPaths.cases.detail(caseNumber), { schema: CaseDetail });
}

/**
 * One case with its last 12 payments. Another parent's case answers 404 NOT_FOUND, like a missing
 * one; the route's error element turns that into "We could not find that case on your account".
 */
export function caseQueryOptions(caseNumber: string) {
  return queryOptions({ queryKey: ['cases', caseNumber, 'detail'], queryFn: () => getCase(caseNumber) });
}
