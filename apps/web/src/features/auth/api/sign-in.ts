import { SignInResponse, type SecondFactorRequired, type SignInRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { session } from '../../../lib/session/session.ts';

/**
 * Sign-in step 2: on success the grant becomes the session (the refresh cookie arrives with it).
 * A parent with a second factor gets the hand-over to the code step instead.
 */
export async function signIn(
  credentials: SignInRequest,
): Promise<{ mustChangePassword: boolean } | SecondFactorRequired> {
  const answer = await apiRequest(apiPaths.auth.signIn, {
    method: 'POST',
    body: credentials,
    schema: SignInResponse,
    auth: false,
  });
  if ('secondFactor' in answer) return answer;
  session.grant(answer);
  return answer;
}
