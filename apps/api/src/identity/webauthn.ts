// Passkeys (WebAuthn) through @simplewebauthn/server: the relying party from configuration, the
// challenges and the verification of an assertion, shared by passkey sign-in and step-up. A
// challenge is stored (webauthn_challenges) for one purpose (and one account, except for sign-in's
// discoverable credentials), deleted when it is presented (single use: a replayed assertion finds
// none) and refused after the policy's challengeMinutes. User verification is required: a passkey
// stands for something the parent has and is (or knows), not only a touch.
import { randomBytes } from 'node:crypto';
import type { PasskeyAssertion } from '@cos/contracts';
import type { Prisma } from '@cos/db';
import type { SecurityPolicy } from '@cos/security';
import { verifyAuthenticationResponse } from '@simplewebauthn/server';
import { z } from 'zod';
import type { Clock } from '../lib/clock.ts';
import { uuid7 } from '../lib/uuid7.ts';

/** Who the passkeys belong to: the RP id (a registrable domain) and the origins allowed to use them. */
export interface RelyingParty {
  id: string;
  name: string;
  origins: string[];
}

export type ChallengePurpose = 'register' | 'authenticate' | 'step_up';

type Deps = { db: Prisma.TransactionClient; clock: Clock; policy: SecurityPolicy };

const MINUTE = 60_000;

/** A new challenge, stored; the options the browser gets carry it. */
export async function issueChallenge(
  { db, clock, policy }: Deps,
  input: { purpose: ChallengePurpose; accountId: string | null },
): Promise<string> {
  const now = clock.now();
  const challenge = randomBytes(32).toString('base64url');
  // Old challenges are of no use to anyone; clearing them here keeps the table small without a job.
  await db.webauthnChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.webauthnChallenge.create({
    data: {
      id: uuid7(now),
      challenge,
      purpose: input.purpose,
      accountId: input.accountId,
      expiresAt: new Date(now.getTime() + policy.webauthn.challengeMinutes * MINUTE),
      createdAt: now,
    },
  });
  return challenge;
}

const ClientData = z.object({ challenge: z.string().min(1).max(512) });

/** The challenge a response signed (clientDataJSON), or null when it is not readable. */
export function challengeOf(clientDataJSON: string): string | null {
  try {
    const parsed = ClientData.safeParse(
      JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8')),
    );
    return parsed.success ? parsed.data.challenge : null;
  } catch {
    return null;
  }
}

/**
 * Spends the challenge a response signed: true only if it was issued for this purpose (and
 * account), is unexpired and was not used before. Deleted either way, so it can never be retried.
 */
export async function consumeChallenge(
  { db, clock }: Omit<Deps, 'policy'>,
  input: { clientDataJSON: string; purpose: ChallengePurpose; accountId: string | null },
): Promise<string | null> {
  const challenge = challengeOf(input.clientDataJSON);
  if (!challenge) return null;
  const rows = await db.$queryRaw<Array<{ expiresAt: Date; accountId: string | null; purpose: string }>>`
    DELETE FROM webauthn_challenges WHERE challenge = ${challenge}
    RETURNING expires_at AS "expiresAt", account_id::text AS "accountId", purpose`;
  const row = rows[0];
  if (!row || row.purpose !== input.purpose || row.expiresAt <= clock.now()) return null;
  if (input.accountId !== null && row.accountId !== input.accountId) return null;
  return challenge;
}

export type AssertionCheck =
  | { ok: true; passkeyId: string; accountId: string }
  | { ok: false; reason: 'challenge_invalid' | 'unknown_passkey' | 'not_verified'; accountId?: string };

/**
 * Verifies an assertion against a stored challenge and the stored passkey, and records the new
 * signature counter, backup state and last use. `accountId` (step-up) requires the passkey to be
 * that account's; sign-in takes whichever account the discoverable credential names.
 */
export async function verifyAssertion(
  deps: Deps & { relyingParty: RelyingParty },
  assertion: PasskeyAssertion,
  expect: { purpose: 'authenticate' | 'step_up'; accountId: string | null },
): Promise<AssertionCheck> {
  const { db, clock, relyingParty } = deps;
  const challenge = await consumeChallenge(deps, {
    clientDataJSON: assertion.response.clientDataJSON,
    purpose: expect.purpose,
    accountId: expect.accountId,
  });
  if (!challenge) return { ok: false, reason: 'challenge_invalid' };
  const passkey = await db.customerPasskey.findUnique({ where: { credentialId: assertion.id } });
  if (!passkey || (expect.accountId !== null && passkey.accountId !== expect.accountId)) {
    return { ok: false, reason: 'unknown_passkey' };
  }
  let verified: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verified = await verifyAuthenticationResponse({
      response: assertion,
      expectedChallenge: challenge,
      expectedOrigin: relyingParty.origins,
      expectedRPID: relyingParty.id,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: Number(passkey.signCount),
        transports: passkey.transports,
      },
      requireUserVerification: true,
    });
  } catch {
    // A wrong origin, RP id, signature, or a counter that went backwards (a cloned authenticator).
    return { ok: false, reason: 'not_verified', accountId: passkey.accountId };
  }
  if (!verified.verified) return { ok: false, reason: 'not_verified', accountId: passkey.accountId };
  const info = verified.authenticationInfo;
  await db.customerPasskey.update({
    where: { id: passkey.id },
    data: {
      signCount: BigInt(info.newCounter),
      backedUp: info.credentialBackedUp,
      deviceType: info.credentialDeviceType,
      lastUsedAt: clock.now(),
    },
  });
  return { ok: true, passkeyId: passkey.id, accountId: passkey.accountId };
}
