import { SessionGrant, WebAuthnOptions } from '@cos/contracts';
import { startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { session } from '../../../lib/session/session.ts';

/**
 * "Sign in with a passkey": a fresh challenge from the server, the browser's passkey prompt
 * (discoverable credentials: no User ID), then the assertion; on success it becomes the session.
 */
export async function signInWithPasskey() {
  const options = await apiRequest(apiPaths.auth.passkeyOptions, {
    method: 'POST',
    schema: WebAuthnOptions,
    auth: false,
  });
  // The server's options are @simplewebauthn/server's own JSON, handed back as they came.
  const optionsJSON = options as unknown as PublicKeyCredentialRequestOptionsJSON;
  const assertion = await startAuthentication({ optionsJSON });
  const grant = await apiRequest(apiPaths.auth.passkey, {
    method: 'POST',
    body: { assertion },
    schema: SessionGrant,
    auth: false,
  });
  session.grant(grant);
  return grant;
}
