import { MySecurityQuestions } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getMySecurityQuestions() {
  return apiRequest(apiPaths.auth.securityQuestions, { schema: MySecurityQuestions });
}

/** The questions this account answered (never the answers). Under 'me': signing out clears it. */
export function mySecurityQuestionsQueryOptions() {
  return queryOptions({ queryKey: ['me', 'security-questions'], queryFn: getMySecurityQuestions });
}
