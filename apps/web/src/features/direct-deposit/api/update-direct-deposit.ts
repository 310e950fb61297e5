import { DirectDepositView, type UpdateDirectDepositRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** 503 FEATURE_UNAVAILABLE (the outage message) while updates are switched off. */
export function updateDirectDeposit(body: UpdateDirectDepositRequest) {
  return apiRequest(apiPaths.directDeposit, { method: 'PUT', body, schema: DirectDepositView });
}
