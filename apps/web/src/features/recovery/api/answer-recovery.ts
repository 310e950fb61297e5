import { RecoveryAnswerResponse, type RecoveryAnswerRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Step 2: the answers and what to recover → the User ID and/or a temporary password, shown once. */
export function answerRecovery(request: RecoveryAnswerRequest) {
  return apiRequest(apiPaths.recovery.answer, {
    method: 'POST',
    body: request,
    schema: RecoveryAnswerResponse,
    auth: false,
  });
}
