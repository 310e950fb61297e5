// A signed-in parent's passkeys on the Security page (docs/security.md): add one (a registration
// ceremony against a stored, single-use challenge; resident key and user verification required so
// the passkey alone signs in), list them with their last use, remove one after the current password
// or a fresh passkey assertion. Each change is audited and emailed.
import type { MyFactors, Passkey, RegisterPasskeyRequest, WebAuthnOptions } from '@cos/contracts';
import type { KeyedHasher } from '@cos/security';
import { generateRegistrationOptions, verifyRegistrationResponse } from '@simplewebauthn/server';
import { appendAudit } from '../../lib/audit.ts';
import { badRequest, notFound } from '../../lib/errors.ts';
import type { Mailer } from '../../lib/mailer.ts';
import { factorChangeMessage, type FactorChange } from '../../identity/factor-emails.ts';
import { factorsOf } from '../../identity/second-factor.ts';
import { confirmStepUp, type StepUpDeps } from '../../identity/step-up.ts';
import { consumeChallenge, issueChallenge } from '../../identity/webauthn.ts';
import { uuid7 } from '../../lib/uuid7.ts';
import { accountRecipient, letterTo } from '../../email/account-email.ts';

export interface FactorDeps extends StepUpDeps {
  keyedHash: KeyedHasher;
  mailer: Mailer;
  log: { warn(details: Record<string, unknown>, message: string): void };
}

const MAX_PASSKEYS = 10;

export async function myFactors(deps: Pick<FactorDeps, 'db'>, accountId: string): Promise<MyFactors> {
  const { db } = deps;
  const [factors, passkeys, account] = await Promise.all([
    factorsOf(db, accountId),
    db.customerPasskey.findMany({ where: { accountId }, orderBy: { createdAt: 'asc' } }),
    db.customerAccount.findUniqueOrThrow({ where: { id: accountId }, select: { email: true } }),
  ]);
  return {
    passkeys: passkeys.map(toPasskey),
    totp: factors.totp,
    email: factors.email,
    emailAddress: account.email ? maskEmail(account.email) : null,
    recoveryCodesLeft: factors.recoveryCodesLeft,
  };
}

function toPasskey(row: {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  backedUp: boolean;
}): Passkey {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    backedUp: row.backedUp,
  };
}

export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}

export async function passkeyRegistrationOptions(
  deps: FactorDeps,
  accountId: string,
): Promise<WebAuthnOptions> {
  const { db, relyingParty } = deps;
  const account = await db.customerAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: { userId: true, person: { select: { firstName: true, lastName: true } } },
  });
  const existing = await db.customerPasskey.findMany({
    where: { accountId },
    select: { credentialId: true, transports: true },
  });
  if (existing.length >= MAX_PASSKEYS)
    throw badRequest(`You can have at most ${MAX_PASSKEYS} passkeys.`, [
      { field: 'name', message: `Remove a passkey first: at most ${MAX_PASSKEYS}.` },
    ]);
  const challenge = await issueChallenge(deps, { purpose: 'register', accountId });
  const options = await generateRegistrationOptions({
    rpName: relyingParty.name,
    rpID: relyingParty.id,
    userName: account.userId,
    userDisplayName: `${account.person.firstName} ${account.person.lastName}`,
    // The user handle is the account id's bytes: stable, and no personal data.
    userID: Buffer.from(accountId.replaceAll('-', ''), 'hex'),
    challenge: Buffer.from(challenge, 'base64url'),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    timeout: deps.policy.webauthn.challengeMinutes * 60_000,
  });
  return { ...options };
}

const notRegistered = () =>
  badRequest('The passkey could not be added.', [
    { field: 'attestation', message: 'The passkey could not be added. Try again.' },
  ]);

export async function registerPasskey(
  deps: FactorDeps,
  accountId: string,
  input: RegisterPasskeyRequest,
): Promise<Passkey> {
  const { db, clock, relyingParty } = deps;
  const challenge = await consumeChallenge(deps, {
    clientDataJSON: input.attestation.response.clientDataJSON,
    purpose: 'register',
    accountId,
  });
  if (!challenge) throw notRegistered();
  let info;
  try {
    const verified = await verifyRegistrationResponse({
      response: input.attestation,
      expectedChallenge: challenge,
      expectedOrigin: relyingParty.origins,
      expectedRPID: relyingParty.id,
      requireUserVerification: true,
    });
    info = verified.verified ? verified.registrationInfo : null;
  } catch {
    info = null;
  }
  if (!info) throw notRegistered();
  const now = clock.now();
  const taken = await db.customerPasskey.findUnique({ where: { credentialId: info.credential.id } });
  if (taken) throw notRegistered();
  const row = await db.customerPasskey.create({
    data: {
      id: uuid7(now),
      accountId,
      credentialId: info.credential.id,
      publicKey: new Uint8Array(info.credential.publicKey),
      signCount: BigInt(info.credential.counter),
      transports: info.credential.transports ?? [],
      deviceType: info.credentialDeviceType,
      backedUp: info.credentialBackedUp,
      name: input.name,
      createdAt: now,
    },
  });
  await appendAudit(db, deps, {
    action: 'passkey_added',
    accountId,
    details: { passkeyId: row.id, backedUp: row.backedUp },
  });
  await notifyFactorChange(deps, accountId, 'passkey_added', row.name);
  return toPasskey(row);
}

export async function removePasskey(
  deps: FactorDeps,
  accountId: string,
  passkeyId: string,
  proof: Parameters<typeof confirmStepUp>[2],
): Promise<void> {
  const { db } = deps;
  const passkey = await db.customerPasskey.findFirst({ where: { id: passkeyId, accountId } });
  if (!passkey) throw notFound('We could not find that passkey.');
  await confirmStepUp(deps, accountId, proof, 'remove_passkey');
  await db.customerPasskey.deleteMany({ where: { id: passkeyId, accountId } });
  await appendAudit(db, deps, { action: 'passkey_removed', accountId, details: { passkeyId } });
  await notifyFactorChange(deps, accountId, 'passkey_removed', passkey.name);
}

/** Emails the parent about a change to their factors; a mail failure never undoes the change. */
export async function notifyFactorChange(
  deps: Pick<FactorDeps, 'db' | 'mailer' | 'log'>,
  accountId: string,
  change: FactorChange,
  detail?: string,
): Promise<void> {
  const recipient = await accountRecipient(deps.db, accountId, { confirmed: true });
  if (!recipient) return;
  await deps.mailer.send(letterTo(recipient, factorChangeMessage(change, detail))).catch((error: unknown) => {
    deps.log.warn(
      { accountId, error: error instanceof Error ? error.name : 'unknown' },
      'factor email not sent',
    );
  });
}
