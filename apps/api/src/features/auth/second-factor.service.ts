// Sign-in step 3 for a parent with a second factor (docs/security.md): the hand-over token from a
// right password and a code from the authenticator app, the email, or a recovery code. Each try
// is a sign-in attempt under the lockout (reserved atomically before the code is checked), so a
// wrong code counts like a wrong password and the 11th failure in 15 minutes locks the account;
// a locked account checks nothing. Every failure answers the same 401, the audit trail says why.
import type { SecondFactorRequest } from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import type { FieldCipher, KeyedHasher } from '@cos/security';
import { appendAudit } from '../../lib/audit.ts';
import { DomainError } from '../../lib/errors.ts';
import type { Mailer } from '../../lib/mailer.ts';
import { reserveSignInAttempt } from '../../identity/lockout.ts';
import { checkFactorCode, factorsOf, issueEmailCode } from '../../identity/second-factor.ts';
import type { SecondFactorTokens } from '../../identity/second-factor-token.ts';
import type { IssuedSession, SessionDeps } from '../../identity/sessions.ts';
import { auditRefusedSignIn, completeSignIn } from '../../identity/sign-in-complete.ts';
import { emailCodeMessage } from '../../identity/factor-emails.ts';
import { letterTo } from '../../email/account-email.ts';

export interface SecondFactorDeps extends SessionDeps<PrismaClient> {
  keyedHash: KeyedHasher;
  factorCipher: FieldCipher;
  secondFactorTokens: SecondFactorTokens;
  mailer: Mailer;
}

export const codeNotAccepted = () =>
  new DomainError(
    'INVALID_CREDENTIALS',
    401,
    'That code is not right, or it has expired. Check it and try again, or sign in again.',
  );

export async function verifySecondFactor(
  deps: SecondFactorDeps,
  input: SecondFactorRequest,
): Promise<IssuedSession> {
  const { db } = deps;
  const pending = deps.secondFactorTokens.read(input.token);
  if (!pending) throw codeNotAccepted();
  const reserved = await reserveSignInAttempt(deps, { accountId: pending.accountId });
  if (!reserved) {
    await appendAudit(db, deps, {
      action: 'sign_in',
      outcome: 'denied',
      accountId: pending.accountId,
      details: { reason: 'locked', step: 'second_factor' },
    });
    throw codeNotAccepted();
  }
  const used = await db.verificationAttempt.findFirst({
    where: { kind: TOKEN_USED, keyHash: deps.keyedHash(TOKEN_USED, pending.tokenId) },
    select: { id: true },
  });
  const check = used
    ? { ok: false as const, reason: 'token_used' }
    : await checkFactorCode(deps, {
        accountId: reserved.id,
        method: input.method,
        code: input.code,
        purpose: 'sign_in',
      });
  if (!check.ok) {
    await auditRefusedSignIn(deps, reserved, { reason: check.reason, method: input.method });
    throw codeNotAccepted();
  }
  await db.verificationAttempt.create({
    data: {
      kind: TOKEN_USED,
      keyHash: deps.keyedHash(TOKEN_USED, pending.tokenId),
      succeeded: true,
      occurredAt: deps.clock.now(),
    },
  });
  return completeSignIn(deps, {
    accountId: reserved.id,
    restricted: reserved.mustChangePassword,
    details: { secondFactor: input.method },
  });
}

const TOKEN_USED = 'second_factor_token_used';

/** Sends a sign-in code to the account's email when the email factor is on; the same answer either way. */
export async function sendSignInEmailCode(deps: SecondFactorDeps, token: string): Promise<void> {
  const pending = deps.secondFactorTokens.read(token);
  if (!pending) throw codeNotAccepted();
  const factors = await factorsOf(deps.db, pending.accountId);
  const account = await deps.db.customerAccount.findUnique({
    where: { id: pending.accountId },
    select: { email: true, preferredLanguage: true },
  });
  if (!factors.email || !account?.email) return;
  const { code } = await issueEmailCode(deps, pending.accountId, 'sign_in');
  await deps.mailer.send(
    letterTo(
      { to: account.email, language: account.preferredLanguage === 'es' ? 'es' : 'en' },
      emailCodeMessage(code, 'sign_in', deps.policy),
    ),
  );
  await appendAudit(deps.db, deps, {
    action: 'email_code_sent',
    accountId: pending.accountId,
    details: { purpose: 'sign_in' },
  });
}
