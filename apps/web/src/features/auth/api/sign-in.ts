import { SessionGrant, type SignInRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { session } from '../../../lib/session/session.ts';

/** Sign-in step 2: on success the grant becomes the session (the refresh cookie arrives with it). */
export async function signIn(credentials: SignInRequest) {
  const grant = await apiRequest(apiPaths.auth.signIn, {
    method: 'POST',
    body: credentials,
    schema: SessionGrant,
    auth: false,
  });
  session.grant(grant);
  return grant;
}
