// Step-up (docs/security.md, "Passkeys and a second factor"): a sensitive change (direct deposit,
// a factor on the Security page) carries the current password or a fresh passkey assertion in its
// place. The assertion answers a step_up challenge the server issued to this account moments ago,
// single use, so it is asked for only when the parent chooses it, right before the change is sent.
import { PasskeyAssertion, WebAuthnOptions, type StepUp } from '@cos/contracts';
import { startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { z } from 'zod';
import { apiPaths } from '../config/paths.ts';
import { apiRequest } from './api-client.ts';

/** The server's step_up challenge for this account, then the browser's passkey prompt. */
export async function passkeyStepUp(): Promise<PasskeyAssertion> {
  const options = await apiRequest(apiPaths.factors.stepUpOptions, {
    method: 'POST',
    schema: WebAuthnOptions,
  });
  // The server's options are @simplewebauthn/server's own JSON, handed back as they came.
  const optionsJSON = options as unknown as PublicKeyCredentialRequestOptionsJSON;
  const assertion = await startAuthentication({ optionsJSON });
  // The browser's JSON is the contract's shape; checked here rather than cast.
  return PasskeyAssertion.parse(assertion);
}

/**
 * A step-up as a form holds it: the password field, and the assertion "Use a passkey instead" put
 * beside it. The password is required only when no assertion came; the output is the wire's StepUp
 * (one of the two, never both).
 */
export const StepUpValues = z
  .object({
    currentPassword: z.string().max(1024),
    passkeyAssertion: PasskeyAssertion.optional(),
  })
  .refine((values) => values.passkeyAssertion !== undefined || values.currentPassword !== '', {
    path: ['currentPassword'],
  })
  .transform(({ currentPassword, passkeyAssertion }): StepUp =>
    passkeyAssertion ? { passkeyAssertion } : { currentPassword },
  );
export type StepUpInput = z.input<typeof StepUpValues>;
export const stepUpDefaults: StepUpInput = { currentPassword: '' };
