// Step-up for sensitive changes (docs/security.md): the person at the keyboard proves again that
// they are the parent, by the current password or by a fresh passkey assertion (a step_up
// challenge issued to this account moments ago: single use, policy.webauthn.challengeMinutes).
// A wrong password counts towards the sign-in lockout, as on Change Password; a locked account
// proves nothing. Refusals are 400s naming the field, so the form shows them beside it.
import type { StepUp } from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import { generateAuthenticationOptions } from '@simplewebauthn/server';
import { appendAudit } from '../lib/audit.ts';
import { badRequest, DomainError } from '../lib/errors.ts';
import { checkCredential, temporaryPasswordOf } from './credential-check.ts';
import { clearFailures, reserveSignInAttempt } from './lockout.ts';
import type { Passwords } from './passwords.ts';
import type { SessionDeps } from './sessions.ts';
import { issueChallenge, verifyAssertion, type RelyingParty } from './webauthn.ts';

export interface StepUpDeps extends SessionDeps<PrismaClient> {
  passwords: Passwords;
  relyingParty: RelyingParty;
}

export const stepUpRequired = () =>
  new DomainError(
    'STEP_UP_REQUIRED',
    403,
    'Confirm it is you: enter your current password or use your passkey.',
  );

/** Options for a step-up assertion with one of this account's passkeys. */
export async function stepUpOptions(deps: StepUpDeps, accountId: string) {
  const passkeys = await deps.db.customerPasskey.findMany({
    where: { accountId },
    select: { credentialId: true, transports: true },
  });
  if (passkeys.length === 0)
    throw badRequest('You have no passkey.', [{ field: 'passkey', message: 'Add a passkey first.' }]);
  const challenge = await issueChallenge(deps, { purpose: 'step_up', accountId });
  const options = await generateAuthenticationOptions({
    rpID: deps.relyingParty.id,
    challenge: Buffer.from(challenge, 'base64url'),
    userVerification: 'required',
    allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports })),
    timeout: deps.policy.webauthn.challengeMinutes * 60_000,
  });
  return { ...options };
}

/** Throws unless the step-up proves the parent; `purpose` names the change in the audit trail. */
export async function confirmStepUp(
  deps: StepUpDeps,
  accountId: string,
  proof: StepUp,
  purpose: string,
): Promise<void> {
  const { db, passwords, clock } = deps;
  if (proof.passkeyAssertion) {
    const check = await verifyAssertion(deps, proof.passkeyAssertion, { purpose: 'step_up', accountId });
    await appendAudit(db, deps, {
      action: 'step_up',
      outcome: check.ok ? 'success' : 'failure',
      accountId,
      details: { method: 'passkey', purpose, ...(check.ok ? {} : { reason: check.reason }) },
    });
    if (!check.ok)
      throw badRequest('Your passkey could not confirm it is you.', [
        { field: 'passkey', message: 'Your passkey could not confirm it is you. Try again.' },
      ]);
    return;
  }
  if (proof.currentPassword === undefined) throw stepUpRequired();
  const account = await db.customerAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: { id: true, mustChangePassword: true },
  });
  const temporary = await temporaryPasswordOf(db, account);
  const reserved = await reserveSignInAttempt(deps, { accountId });
  const correct =
    reserved !== null &&
    (
      await checkCredential(
        passwords,
        { passwordHash: reserved.passwordHash, temporary },
        proof.currentPassword,
        { purpose: 'change-password', now: clock.now() },
      )
    ).ok;
  await appendAudit(db, deps, {
    action: 'step_up',
    outcome: correct ? 'success' : 'failure',
    accountId,
    details: {
      method: 'password',
      purpose,
      ...(correct ? {} : { reason: reserved ? 'wrong_password' : 'locked' }),
    },
  });
  if (!correct) {
    if (reserved?.lockedUntil) {
      await appendAudit(db, deps, {
        action: 'account_locked',
        actor: { type: 'system' },
        accountId,
        details: { lockedUntil: reserved.lockedUntil.toISOString() },
      });
    }
    throw badRequest('Your current password is not correct.', [
      {
        field: 'currentPassword',
        message: reserved
          ? 'Your current password is not correct.'
          : 'Too many wrong passwords. Wait 15 minutes and try again.',
      },
    ]);
  }
  await clearFailures(deps, accountId);
}
