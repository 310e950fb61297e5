import { OkResponse, SessionGrant, type SecondFactorRequest } from '@cos/contracts';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { session } from '../../../lib/session/session.ts';

/** Sign-in step 3: the code; on success the grant becomes the session. */
export async function verifySecondFactor(input: SecondFactorRequest) {
  const grant = await apiRequest(apiPaths.auth.secondFactor, {
    method: 'POST',
    body: input,
    schema: SessionGrant,
    auth: false,
  });
  session.grant(grant);
  return grant;
}

/** Asks for a sign-in code by email (sent only when email codes are on). */
export async function sendSignInEmailCode(token: string) {
  return apiRequest(apiPaths.auth.secondFactorEmailCode, {
    method: 'POST',
    body: { token },
    schema: OkResponse,
    auth: false,
  });
}
