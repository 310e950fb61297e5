import { OkResponse, RecoveryAnswerResponse, type RecoveryAnswerRequest } from '@cos/contracts';
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

/** For an account with email codes: a one-time code to the address on file (the answer never says whether one exists). */
export function sendRecoveryEmailCode(recoveryToken: string) {
  return apiRequest(apiPaths.recovery.emailCode, {
    method: 'POST',
    body: { recoveryToken },
    schema: OkResponse,
    auth: false,
  });
}
