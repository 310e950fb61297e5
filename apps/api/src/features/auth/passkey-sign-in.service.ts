// "Sign in with a passkey" (docs/security.md): no User ID, no password. The options carry a stored
// challenge and no credential list (discoverable credentials: the authenticator offers the
// parent's passkeys for this site, and the browser may offer them in the User ID field's
// autofill). The assertion is checked against the challenge (single use, short-lived), the stored
// public key, the RP id and origins, and the signature counter. The account's lockout applies as
// to a password: a locked or disabled account gets no session, and a failed signature counts.
// A passkey sign-in is audited as a sign_in with method passkey.
import type { PasskeySignInRequest, WebAuthnOptions } from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import { generateAuthenticationOptions } from '@simplewebauthn/server';
import { appendAudit } from '../../lib/audit.ts';
import { DomainError } from '../../lib/errors.ts';
import { reserveSignInAttempt } from '../../identity/lockout.ts';
import type { IssuedSession, SessionDeps } from '../../identity/sessions.ts';
import { auditRefusedSignIn, completeSignIn } from '../../identity/sign-in-complete.ts';
import { issueChallenge, verifyAssertion, type RelyingParty } from '../../identity/webauthn.ts';

export interface PasskeySignInDeps extends SessionDeps<PrismaClient> {
  relyingParty: RelyingParty;
}

export const passkeyNotAccepted = () =>
  new DomainError(
    'INVALID_CREDENTIALS',
    401,
    'That passkey could not sign you in. Try again, or sign in with your User ID and password.',
  );

export async function passkeySignInOptions(deps: PasskeySignInDeps): Promise<WebAuthnOptions> {
  const challenge = await issueChallenge(deps, { purpose: 'authenticate', accountId: null });
  const options = await generateAuthenticationOptions({
    rpID: deps.relyingParty.id,
    challenge: Buffer.from(challenge, 'base64url'),
    userVerification: 'required',
    timeout: deps.policy.webauthn.challengeMinutes * 60_000,
  });
  return { ...options };
}

export async function passkeySignIn(
  deps: PasskeySignInDeps,
  input: PasskeySignInRequest,
): Promise<IssuedSession> {
  const { db } = deps;
  // The reservation comes first, so a locked account verifies nothing; the passkey names the account.
  const passkey = await db.customerPasskey.findUnique({
    where: { credentialId: input.assertion.id },
    select: { accountId: true },
  });
  const reserved = passkey ? await reserveSignInAttempt(deps, { accountId: passkey.accountId }) : null;
  if (!reserved) {
    await appendAudit(db, deps, {
      action: 'sign_in',
      outcome: passkey ? 'denied' : 'failure',
      accountId: passkey?.accountId ?? null,
      details: { reason: passkey ? 'locked_or_disabled' : 'unknown_passkey', method: 'passkey' },
    });
    throw passkeyNotAccepted();
  }
  const check = await verifyAssertion(deps, input.assertion, { purpose: 'authenticate', accountId: null });
  if (!check.ok) {
    await auditRefusedSignIn(deps, reserved, { reason: `passkey_${check.reason}`, method: 'passkey' });
    throw passkeyNotAccepted();
  }
  return completeSignIn(deps, {
    accountId: reserved.id,
    restricted: reserved.mustChangePassword,
    details: { method: 'passkey', passkeyId: check.passkeyId },
  });
}
