import { SessionGrant, WebAuthnOptions } from '@cos/contracts';
import {
  startAuthentication,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { session } from '../../../lib/session/session.ts';

/** A fresh single-use challenge for a passkey sign-in (discoverable credentials: no User ID). */
export async function passkeySignInOptions(): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await apiRequest(apiPaths.auth.passkeyOptions, {
    method: 'POST',
    schema: WebAuthnOptions,
    auth: false,
  });
  // The server's options are @simplewebauthn/server's own JSON, handed back as they came.
  return options as unknown as PublicKeyCredentialRequestOptionsJSON;
}

/** The browser's assertion → the session. */
export async function finishPasskeySignIn(assertion: AuthenticationResponseJSON) {
  const grant = await apiRequest(apiPaths.auth.passkey, {
    method: 'POST',
    body: { assertion },
    schema: SessionGrant,
    auth: false,
  });
  session.grant(grant);
  return grant;
}

/**
 * "Sign in with a passkey": a fresh challenge from the server, the browser's passkey prompt
 * (discoverable credentials: no User ID), then the assertion; on success it becomes the session.
 */
export async function signInWithPasskey() {
  const optionsJSON = await passkeySignInOptions();
  return finishPasskeySignIn(await startAuthentication({ optionsJSON }));
}
