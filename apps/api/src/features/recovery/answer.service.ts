// Recovery step 2 (docs/product.md §3.4): the answers to exactly the questions the token names, compared
// after normalisation against their argon2id hashes. A decoy token runs as many verifications
// (against a dummy hash) and fails the same way as a wrong answer, counts towards the same kind of
// lock, and is audited alike. Answers never leave this function: not in the audit, not in a log.
import type { RecoveryAnswerRequest, RecoveryAnswerResponse } from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import { normaliseAnswer, type FieldCipher, type KeyedHasher, type SecurityPolicy } from '@cos/security';
import { appendAudit } from '../../lib/audit.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Mailer } from '../../lib/mailer.ts';
import type { Passwords } from '../../identity/passwords.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { checkFactorCode, factorsOf, hasAnyFactor } from '../../identity/second-factor.ts';
import { releaseAttempt, reserveAnswerAttempt, settleFailure } from './recovery-attempts.ts';
import { findAnsweringAccount } from './recovery-lookups.ts';
import {
  recoveryExpired,
  recoveryLocked,
  recoveryNotVerified,
  secondFactorRequired,
} from './recovery-errors.ts';
import type { RecoveryTokens } from './recovery-token.ts';
import { completeRecovery, type Log } from './reset.service.ts';

export interface AnswerDeps {
  db: PrismaClient;
  clock: Clock;
  policy: SecurityPolicy;
  passwords: Passwords;
  keyedHash: KeyedHasher;
  context: RequestContext;
  recoveryTokens: RecoveryTokens;
  mailer: Mailer;
  log: Log;
  factorCipher: FieldCipher;
}

export async function answerRecovery(
  deps: AnswerDeps,
  input: RecoveryAnswerRequest,
): Promise<RecoveryAnswerResponse> {
  const { db, keyedHash } = deps;
  const token = deps.recoveryTokens.read(input.recoveryToken);
  if (!token) throw recoveryExpired();

  // A decoy's token names no account; the lookup runs anyway, as one statement either way.
  const account = await findAnsweringAccount(db, token.accountId);
  // Disabled since the start: treated exactly like a decoy.
  const live = account?.status === 'active' ? account : null;
  const tokenKey = keyedHash('recovery token', token.tokenId);
  const subject = { subjectKey: token.subjectKey, accountId: live?.id ?? null };

  const reservation = await reserveAnswerAttempt(deps, { ...subject, tokenKey });
  if (reservation.kind === 'token_used') throw recoveryExpired();
  if (reservation.kind === 'locked') {
    await appendAudit(db, deps, {
      action: 'recovery_answer',
      outcome: 'denied',
      accountId: subject.accountId,
      details: { reason: 'recovery_locked' },
    });
    throw recoveryLocked();
  }

  const correct = await checkAnswers(
    deps.passwords,
    token.questionIds,
    input.answers,
    live?.securityAnswers ?? null,
  );
  const failure = async (reason: string): Promise<never> => {
    await appendAudit(db, deps, {
      action: 'recovery_answer',
      outcome: 'failure',
      accountId: subject.accountId,
      details: { reason, asked: token.questionIds.length },
    });
    const lockedUntil = await settleFailure(deps, { ...subject, failuresBefore: reservation.failuresBefore });
    if (lockedUntil) {
      await appendAudit(db, deps, {
        action: 'recovery_locked',
        actor: { type: 'system' },
        accountId: subject.accountId,
        details: {
          failures: reservation.failuresBefore + 1,
          lockedUntil: lockedUntil.toISOString(),
          ...(live ? {} : { reason: 'no_account' }),
        },
      });
      throw recoveryLocked();
    }
    throw recoveryNotVerified();
  };
  if (!correct || !live) return failure(!live ? 'no_account' : 'wrong_answers');

  // A parent with a passkey or a second factor never recovers with the questions alone.
  const factors = await factorsOf(db, live.id);
  let removeTotp = false;
  if (hasAnyFactor(factors)) {
    if (!input.proof) {
      // Right answers are not a failed set: the attempt is released, the parent adds the proof.
      await releaseAttempt(deps, reservation.attemptId);
      await appendAudit(db, deps, {
        action: 'recovery_answer',
        outcome: 'denied',
        accountId: live.id,
        details: { reason: 'second_factor_required' },
      });
      throw secondFactorRequired();
    }
    const proof = input.proof;
    const usable = proof.method !== 'totp' || factors.totp;
    const check = usable
      ? await checkFactorCode(deps, { accountId: live.id, ...proof, purpose: 'recovery' })
      : { ok: false as const, reason: 'no_totp' };
    if (!check.ok) return failure(check.reason);
    // A lost phone: proven by a recovery code or the email, the authenticator app is turned off.
    removeTotp = Boolean(input.removeAuthenticator) && factors.totp && proof.method !== 'totp';
  }

  return completeRecovery(deps, {
    account: live,
    attemptId: reservation.attemptId,
    tokenKey,
    recover: input.recover,
    removeTotp,
    proof: input.proof?.method ?? null,
  });
}

/**
 * True only when every asked question, and nothing else, was answered right. Always verifies once
 * per asked question (a dummy hash stands in for a missing answer or a decoy), so the time taken
 * does not depend on which part was wrong or whether an account exists.
 */
async function checkAnswers(
  passwords: Passwords,
  asked: readonly number[],
  given: ReadonlyArray<{ questionId: number; answer: string }>,
  stored: ReadonlyArray<{ questionId: number; answerHash: string }> | null,
): Promise<boolean> {
  const byQuestion = new Map(given.map(({ questionId, answer }) => [questionId, answer]));
  const exactlyAsked =
    byQuestion.size === given.length &&
    given.length === asked.length &&
    asked.every((id) => byQuestion.has(id));
  const verified = await Promise.all(
    asked.map((questionId) => {
      const answer = normaliseAnswer(byQuestion.get(questionId) ?? '');
      const hash = stored?.find((row) => row.questionId === questionId)?.answerHash;
      return hash ? passwords.verify(hash, answer) : passwords.verifyDummy(answer).then(() => false);
    }),
  );
  return exactlyAsked && stored !== null && verified.every(Boolean);
}
