import { DirectDepositView, type UpdateDirectDepositRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Asks for the change (pending for the cooling-off); 503 FEATURE_UNAVAILABLE while updates are switched off. */
export function updateDirectDeposit(body: UpdateDirectDepositRequest) {
  return apiRequest(apiPaths.directDeposit, { method: 'PUT', body, schema: DirectDepositView });
}
