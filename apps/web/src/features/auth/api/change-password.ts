import { SessionGrant, type ChangePasswordRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { session } from '../../../lib/session/session.ts';

/** The server revokes the other sessions and answers with a fresh grant for this one. */
export async function changePassword(request: ChangePasswordRequest) {
  const grant = await apiRequest(apiPaths.auth.changePassword, {
    method: 'POST',
    body: request,
    schema: SessionGrant,
  });
  session.grant(grant);
  return grant;
}
