import {
  OkResponse,
  Passkey,
  RecoveryCodes,
  TotpSetup,
  WebAuthnOptions,
  type RegisterPasskeyRequest,
  type StepUp,
} from '@cos/contracts';
import { startRegistration, type PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** The parent's passkeys and second factor, for the Security page (shared with step-up). */
export { myFactorsQueryOptions as factorsQueryOptions } from '../../../lib/queries/get-my-factors.ts';

/** Adds a passkey: the server's options, the browser's passkey prompt, then the named result. */
export async function addPasskey(name: RegisterPasskeyRequest['name']) {
  const options = await apiRequest(apiPaths.factors.passkeyOptions, {
    method: 'POST',
    schema: WebAuthnOptions,
  });
  // The server's options are @simplewebauthn/server's own JSON, handed back as they came.
  const optionsJSON = options as unknown as PublicKeyCredentialCreationOptionsJSON;
  const attestation = await startRegistration({ optionsJSON });
  return apiRequest(apiPaths.factors.passkeys, {
    method: 'POST',
    body: { name, attestation },
    schema: Passkey,
  });
}

export function removePasskey({ id, proof }: { id: string; proof: StepUp }) {
  return apiRequest(apiPaths.factors.removePasskey(id), { method: 'POST', body: proof, schema: OkResponse });
}

export type SecondFactorKind = 'totp' | 'email';

/** Authenticator app, step 1 (after the step-up): a new secret and its QR code, shown once. */
export function startTotp(proof: StepUp) {
  return apiRequest(apiPaths.factors.totpStart, { method: 'POST', body: proof, schema: TotpSetup });
}

/** Email codes, step 1 (after the step-up): a code is sent to the address on file. */
export function startEmailFactor(proof: StepUp) {
  return apiRequest(apiPaths.factors.emailFactorStart, { method: 'POST', body: proof, schema: OkResponse });
}

/** Step 2 of either: the code puts the factor in force (recovery codes when it is the first one). */
export function confirmSecondFactor(kind: SecondFactorKind, code: string) {
  const path = kind === 'totp' ? apiPaths.factors.totpConfirm : apiPaths.factors.emailFactorConfirm;
  return apiRequest(path, { method: 'POST', body: { code }, schema: RecoveryCodes });
}

export function turnOffSecondFactor(kind: SecondFactorKind, proof: StepUp) {
  const path = kind === 'totp' ? apiPaths.factors.totpRemove : apiPaths.factors.emailFactorRemove;
  return apiRequest(path, { method: 'POST', body: proof, schema: OkResponse });
}

/** New recovery codes (the old ones stop working), shown once. */
export function newRecoveryCodes(proof: StepUp) {
  return apiRequest(apiPaths.factors.recoveryCodes, { method: 'POST', body: proof, schema: RecoveryCodes });
}
