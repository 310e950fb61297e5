import { DirectDepositView } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Cancels the change waiting out its cooling-off; 404 when it already took effect or was cancelled. */
export function cancelDirectDepositChange() {
  return apiRequest(apiPaths.directDepositPendingChange, { method: 'DELETE', schema: DirectDepositView });
}
