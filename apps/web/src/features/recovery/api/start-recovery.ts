import { RecoveryStartResponse, type RecoveryStartRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Step 1: who you are → the questions to answer and a recovery token (kept in memory only). */
export function startRecovery(request: RecoveryStartRequest) {
  return apiRequest(apiPaths.recovery.start, {
    method: 'POST',
    body: request,
    schema: RecoveryStartResponse,
    auth: false,
  });
}
