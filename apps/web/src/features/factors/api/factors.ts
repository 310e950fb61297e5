import {
  MyFactors,
  OkResponse,
  Passkey,
  WebAuthnOptions,
  type RegisterPasskeyRequest,
  type StepUp,
} from '@cos/contracts';
import { queryOptions } from '@tanstack/react-query';
import { startRegistration, type PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import { apiPaths } from '../../../config/paths.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getFactors() {
  return apiRequest(apiPaths.factors.mine, { schema: MyFactors });
}

/** The parent's passkeys and second factor, for the Security page. Always fresh. */
export function factorsQueryOptions() {
  return queryOptions({ queryKey: ['factors'], queryFn: getFactors, staleTime: 0 });
}

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
