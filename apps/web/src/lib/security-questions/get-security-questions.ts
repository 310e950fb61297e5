import { SecurityQuestionList } from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../config/paths.ts';
import { apiRequest } from '../api-client.ts';

export function getSecurityQuestions() {
  return apiRequest(apiPaths.securityQuestions, { schema: SecurityQuestionList, auth: false });
}

/** The agency's list of security questions; it changes only with a deployment. */
export function securityQuestionsQueryOptions() {
  return queryOptions({
    queryKey: ['security-questions'],
    queryFn: getSecurityQuestions,
    staleTime: Infinity,
  });
}
