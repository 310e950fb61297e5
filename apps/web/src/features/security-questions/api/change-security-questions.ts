import { MySecurityQuestions, type ChangeSecurityQuestionsRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Replaces the three questions and answers; the server wants the current password. */
export function changeSecurityQuestions(request: ChangeSecurityQuestionsRequest) {
  return apiRequest(apiPaths.auth.securityQuestions, {
    method: 'PUT',
    body: request,
    schema: MySecurityQuestions,
  });
}
